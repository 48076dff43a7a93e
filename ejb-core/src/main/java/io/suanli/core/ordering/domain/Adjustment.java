package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;

/** One step that lowers a price: a discount or a coupon, with what it is and how much it takes off. */
public record Adjustment(Kind kind, String code, String description, Money amount) implements Serializable {

    public enum Kind { DISCOUNT, COUPON }
}
