package io.suanli.core.service.domain;

/**
 * Whom an invoice is made out to, as the real-name verification established it: a person or an enterprise, its
 * verified name and (enterprises) its unified social credit code, null when the verification did not record one
 * (a customer operations verified offline).
 */
public record InvoiceIdentity(boolean enterprise, String name, String creditCode) {
}
