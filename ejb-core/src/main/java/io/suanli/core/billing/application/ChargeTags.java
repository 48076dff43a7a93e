package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;

/**
 * What a charge or refund is for, as the context that posts it describes it: product, spec, billing mode, the kind of
 * order (NEW, RENEW, CHANGE, UNSUBSCRIBE, or USAGE for pay-as-you-go hours) and the discount it carried. Bills are
 * built from the ledger grouped by these.
 */
public record ChargeTags(String productCode, String specCode, String billingMode, String orderType, Money discount)
        implements Serializable {
}
