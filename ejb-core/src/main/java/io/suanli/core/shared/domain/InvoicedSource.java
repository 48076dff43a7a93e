package io.suanli.core.shared.domain;

import java.time.YearMonth;

/**
 * What was invoiced to a customer in a month (SPEC §11): invoices issued that month less red-letter invoices issued
 * that month. The business services context implements it; bills read it for their invoiced column, so billing never
 * depends on the context that depends on it.
 */
public interface InvoicedSource {

    Money invoicedIn(long customerId, YearMonth month);
}
