package io.suanli.web.console.view.user;

import io.suanli.core.service.application.ContractService;
import io.suanli.core.service.application.ContractView;
import io.suanli.web.console.view.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/** {@code /console/user/contracts.xhtml} (我的合同, SPEC §11): the customer's contracts once in force, with their terms and prices. */
@Named
@ViewScoped
public class MyContractsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient ContractService contracts;

    private final PagedModel<ContractView> rows = new PagedModel<>(page -> contracts.mine(page[0], page[1]), c -> String.valueOf(c.id()));

    public PagedModel<ContractView> getRows() { return rows; }
}
