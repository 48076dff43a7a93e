package io.suanli.core.service.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The states of a contract (SPEC §11) and the verbs that move it: DRAFT → ACTIVE (activated) → ENDED (its end date
 * passed, by the daily job), or TERMINATED early with a reason, from DRAFT or ACTIVE. ENDED and TERMINATED are final.
 */
public enum ContractStatus {
    DRAFT, ACTIVE, ENDED, TERMINATED;

    public enum Verb { ACTIVATE, END, TERMINATE }

    private static final Map<ContractStatus, Map<Verb, ContractStatus>> TABLE = Map.of(
            DRAFT, Map.of(Verb.ACTIVATE, ACTIVE, Verb.TERMINATE, TERMINATED),
            ACTIVE, Map.of(Verb.END, ENDED, Verb.TERMINATE, TERMINATED),
            ENDED, Map.of(), TERMINATED, Map.of());

    public ContractStatus apply(Verb verb) {
        ContractStatus to = TABLE.get(this).get(verb);
        if (to == null) {
            throw new SuanliException("contract.illegalTransition", name(), verb.name());
        }
        return to;
    }

    /** The verbs staff may use from here (END belongs to the daily job). */
    public List<String> actions() {
        return java.util.Arrays.stream(Verb.values()).filter(v -> v != Verb.END && TABLE.get(this).containsKey(v))
                .map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }
}
