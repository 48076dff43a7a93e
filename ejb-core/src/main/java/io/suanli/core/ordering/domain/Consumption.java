package io.suanli.core.ordering.domain;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consumption per product type over a period (U9), split by {@link PoolKind}: what the ledger charged for each product
 * minus what it refunded, with totals per kind and overall. Pure arithmetic on amounts already in the fen.
 */
public final class Consumption {

    /** What the ledger holds for one product in the period. */
    public record Input(String productCode, PoolKind kind, Money charged, Money refunded) {
    }

    /** One product's line: charged, refunded and net ({@code charged − refunded}). */
    public record Line(String productCode, PoolKind kind, Money charged, Money refunded, Money net) implements Serializable {
    }

    private final List<Line> lines;
    private final Map<PoolKind, Money> byKind;
    private final Money total;

    private Consumption(List<Line> lines, Map<PoolKind, Money> byKind, Money total) {
        this.lines = lines;
        this.byKind = byKind;
        this.total = total;
    }

    /**
     * Merges the inputs per product (a product counted once, under the kind of its first input), orders the lines by
     * kind (shared, dedicated, other), then by net amount (largest first), then by code, and sums the kinds.
     */
    public static Consumption of(List<Input> inputs) {
        Map<String, Line> merged = new LinkedHashMap<>();
        for (Input in : inputs) {
            String code = in.productCode() == null ? "" : in.productCode();
            Line before = merged.get(code);
            Money charged = in.charged() == null ? Money.ZERO : in.charged();
            Money refunded = in.refunded() == null ? Money.ZERO : in.refunded();
            if (before != null) {
                charged = charged.plus(before.charged());
                refunded = refunded.plus(before.refunded());
            }
            PoolKind kind = before != null ? before.kind() : in.kind() == null ? PoolKind.OTHER : in.kind();
            merged.put(code, new Line(code, kind, charged, refunded, charged.minus(refunded)));
        }
        List<Line> lines = new ArrayList<>(merged.values());
        lines.sort(Comparator.comparing(Line::kind).thenComparing(Line::net, Comparator.comparing(Money::amount).reversed())
                .thenComparing(Line::productCode));
        Map<PoolKind, Money> byKind = new EnumMap<>(PoolKind.class);
        for (PoolKind k : PoolKind.values()) {
            byKind.put(k, Money.ZERO);
        }
        Money total = Money.ZERO;
        for (Line l : lines) {
            byKind.merge(l.kind(), l.net(), Money::plus);
            total = total.plus(l.net());
        }
        return new Consumption(List.copyOf(lines), byKind, total);
    }

    public List<Line> lines() { return lines; }
    public Money of(PoolKind kind) { return byKind.get(kind); }
    public Money total() { return total; }
}
