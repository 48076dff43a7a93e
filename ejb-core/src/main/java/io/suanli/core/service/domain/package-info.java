/**
 * The business services context's rules (SPEC §11, U10, O6, O9): what a customer may still invoice (consumption paid
 * from cash and credit, less its refunds, what was invoiced and what is pending; negative is 欠票), an invoice request
 * checked against the verified real-name data, its review along a transition table, and red-letter invoices that
 * reverse an issued one. Pure: no persistence, no clock.
 */
package io.suanli.core.service.domain;
