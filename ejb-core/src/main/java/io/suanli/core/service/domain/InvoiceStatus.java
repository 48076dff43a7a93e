package io.suanli.core.service.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The states of an invoice request (SPEC §11) and the verbs that move it: PENDING → APPROVED (finance issued it) or
 * REJECTED (with a reason; the amount is invoiceable again) or CANCELLED (the customer withdrew it). The last three are
 * final; a red-letter invoice reverses an approved one without changing its state.
 */
public enum InvoiceStatus {
    PENDING, APPROVED, REJECTED, CANCELLED;

    /** The verbs of the table, each with the state it leads to. */
    public enum Verb {
        APPROVE(APPROVED), REJECT(REJECTED), CANCEL(CANCELLED);

        private final InvoiceStatus to;

        Verb(InvoiceStatus to) {
            this.to = to;
        }

        public InvoiceStatus to() {
            return to;
        }
    }

    private static final Map<InvoiceStatus, Set<Verb>> VERBS = Map.of(PENDING, Set.of(Verb.APPROVE, Verb.REJECT, Verb.CANCEL),
            APPROVED, Set.of(), REJECTED, Set.of(), CANCELLED, Set.of());

    /** Where {@code verb} leads from here; a keyed error when the table has no such move. */
    public InvoiceStatus apply(Verb verb) {
        if (!VERBS.get(this).contains(verb)) {
            throw new SuanliException("invoice.illegalTransition", name(), verb.to().name());
        }
        return verb.to();
    }

    /** The verbs this state allows, in table order, as pages offer them. */
    public List<String> actions() {
        return java.util.Arrays.stream(Verb.values()).filter(VERBS.get(this)::contains).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** Whether the amount counts as pending (neither invoiced nor free again). */
    public boolean pending() {
        return this == PENDING;
    }
}
