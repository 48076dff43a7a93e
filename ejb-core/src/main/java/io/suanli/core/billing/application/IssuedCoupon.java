package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.time.Instant;

/** A coupon just issued, with its code (shown this once). */
public record IssuedCoupon(long id, String code, Money faceValue, Instant validFrom, Instant validTo) implements Serializable {
}
