package io.suanli.web.console.view.user;

import io.suanli.core.ordering.application.OrderService;
import io.suanli.core.ordering.application.OrderView;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/** {@code /console/user/order.xhtml?no=}: one order with its timeline; pay (choosing the balance) or cancel it. */
@Named
@ViewScoped
public class MyOrderBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient OrderService orders;

    @Inject
    transient ConsoleBean console;

    private String no;
    private OrderView order;
    private String payFrom = "AUTO";

    /** The view action: loads the order named by {@code ?no=}. */
    public void load() {
        if (console.act(() -> order = orders.mine(no), null)) {
            payFrom = order.payFrom();
        }
    }

    public void pay() {
        if (console.act(() -> orders.pay(order.orderNo(), payFrom), "order.paid")) {
            order = orders.mine(order.orderNo());
        }
    }

    public void cancel() {
        if (console.act(() -> orders.cancel(order.orderNo()), "order.cancelled")) {
            order = orders.mine(order.orderNo());
        }
    }

    public String getNo() { return no; }
    public void setNo(String v) { no = v; }
    public OrderView getOrder() { return order; }
    public String getPayFrom() { return payFrom; }
    public void setPayFrom(String v) { payFrom = v; }
}
