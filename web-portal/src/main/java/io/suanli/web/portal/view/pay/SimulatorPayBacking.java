package io.suanli.web.portal.view.pay;

import io.suanli.core.billing.application.PaymentSimulatorService;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.web.portal.view.common.LocaleBean;
import io.suanli.web.portal.view.common.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/**
 * {@code /pay/simulator/{orderNo}?k=}: the simulated channel's page — the order, and a button that pays it; for the
 * recharge's customer or whoever holds the link with its key, "not found" for anyone else.
 */
@Named
@ViewScoped
public class SimulatorPayBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient PaymentSimulatorService simulator;

    @Inject
    transient LocaleBean lang;

    private String orderNo;
    private String key;
    private PaymentSimulatorService.Order order;

    @PostConstruct
    void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        orderNo = String.valueOf(request.getAttribute(SimulatorPayRoute.ORDER));
        key = request.getParameter("k");
        try {
            order = simulator.order(orderNo, key);
        } catch (NotFoundException e) {
            try {
                faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
                faces.responseComplete();
            } catch (IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
        }
    }

    public void pay() {
        try {
            simulator.pay(orderNo, key);
            order = simulator.order(orderNo, key);
            PortalMessages.info(lang.getLocale(), "pay.done");
        } catch (SuanliException e) {
            PortalMessages.error(lang.getLocale(), e);
            order = simulator.order(orderNo, key);
        }
    }

    public PaymentSimulatorService.Order getOrder() { return order; }
}
