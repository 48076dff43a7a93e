package io.suanli.core.service.application;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** A contract as operations or sales enter it: amounts and rates as text, dates as yyyy-MM-dd. */
public record ContractForm(Long customerId, String contractNo, String creditLine, String discountRate, String startsOn, String endsOn,
                           List<Item> items) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public record Item(String specCode, String billingMode, String unitPrice) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    @Override
    public String toString() {
        return contractNo + " customer " + customerId;
    }
}
