package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.time.Instant;

/** A part of a customer's cash that finance froze and has not released yet. */
public record FreezeView(String reference, Money amount, Instant at, String by, String reason) implements Serializable {
}
