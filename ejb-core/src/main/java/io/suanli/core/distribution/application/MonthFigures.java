package io.suanli.core.distribution.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;

/** One month of the distribution business: bound customers' consumption (cash + credit), commission accrued, clawed back, paid out. */
public record MonthFigures(String period, Money consumption, Money accrued, Money clawedBack, Money paidOut) implements Serializable {
}
