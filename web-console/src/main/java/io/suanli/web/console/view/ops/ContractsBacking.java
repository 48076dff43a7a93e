package io.suanli.web.console.view.ops;

import io.suanli.core.service.application.ContractForm;
import io.suanli.core.service.application.ContractService;
import io.suanli.core.service.application.ContractView;
import io.suanli.web.console.view.common.ConsoleBean;
import io.suanli.web.console.view.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /console/ops/contracts.xhtml} (O9, SPEC §11): contracts by customer and status; a new one (number, customer,
 * credit line, discount rate, dates, items one per line as {@code spec,unit price[,billing mode]}) entered as a draft;
 * activate it, or terminate it with a reason.
 */
@Named
@ViewScoped
public class ContractsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient ContractService contracts;

    @Inject
    transient ConsoleBean console;

    private Long customerFilter;
    private String status;
    private Long customerId;
    private String contractNo;
    private String creditLine;
    private String discountRate;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String items;
    private String reason;
    private final PagedModel<ContractView> rows = new PagedModel<>(page -> contracts.list(customerFilter, status, page[0], page[1]),
            c -> String.valueOf(c.id()));

    public void create() {
        List<ContractForm.Item> list = new ArrayList<>();
        for (String line : items == null ? new String[0] : items.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("[,,]");
            list.add(new ContractForm.Item(p[0].trim(), p.length > 2 ? p[2].trim() : null, p.length > 1 ? p[1].trim() : null));
        }
        ContractForm f = new ContractForm(customerId, contractNo, creditLine, discountRate, startsOn == null ? null : startsOn.toString(),
                endsOn == null ? null : endsOn.toString(), list);
        if (console.act(() -> contracts.create(f), "contract.created")) {
            contractNo = null;
            items = null;
        }
    }

    public void activate(ContractView c) {
        console.act(() -> contracts.activate(c.id()), "contract.activated");
    }

    /** A file uploaded on a contract's row (the row's contract id comes with the upload component). */
    public void upload(org.primefaces.event.FileUploadEvent event) {
        Object id = event.getComponent().getAttributes().get("contractId");
        org.primefaces.model.file.UploadedFile f = event.getFile();
        console.act(() -> contracts.attach(Long.parseLong(String.valueOf(id)), f.getFileName(), f.getContent()), "contract.fileAttached");
    }

    public void terminate(ContractView c) {
        console.act(() -> contracts.terminate(c.id(), reason), "contract.terminated");
    }

    public PagedModel<ContractView> getRows() { return rows; }
    public Long getCustomerFilter() { return customerFilter; }
    public void setCustomerFilter(Long v) { customerFilter = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long v) { customerId = v; }
    public String getContractNo() { return contractNo; }
    public void setContractNo(String v) { contractNo = v; }
    public String getCreditLine() { return creditLine; }
    public void setCreditLine(String v) { creditLine = v; }
    public String getDiscountRate() { return discountRate; }
    public void setDiscountRate(String v) { discountRate = v; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate v) { startsOn = v; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate v) { endsOn = v; }
    public String getItems() { return items; }
    public void setItems(String v) { items = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
