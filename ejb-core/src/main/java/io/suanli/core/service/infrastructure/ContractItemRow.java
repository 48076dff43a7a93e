package io.suanli.core.service.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A spec at a contract unit price (table {@code contract_item}); never changed. */
@Entity
@Table(name = "contract_item")
public class ContractItemRow {

    @Id
    private long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private long contractId;

    @Column(name = "spec_code", nullable = false, updatable = false)
    private String specCode;

    @Column(name = "billing_mode", nullable = false, updatable = false)
    private String billingMode;

    @Column(name = "unit_price", nullable = false, updatable = false, precision = 19, scale = 6)
    private BigDecimal unitPrice;

    protected ContractItemRow() {
    }

    public ContractItemRow(long id, long contractId, String specCode, String billingMode, BigDecimal unitPrice) {
        this.id = id;
        this.contractId = contractId;
        this.specCode = specCode;
        this.billingMode = billingMode;
        this.unitPrice = unitPrice;
    }

    public long contractId() { return contractId; }
    public String specCode() { return specCode; }
    public String billingMode() { return billingMode; }
    public BigDecimal unitPrice() { return unitPrice; }
}
