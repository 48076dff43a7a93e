package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The one stacking policy of the marketing center (SPEC §9) and its floor rate f in (0, 1].
 * <ul>
 * <li>BEST_ONLY: of the applicable discounts the lowest rate wins.</li>
 * <li>STACKED (折上折): the applicable discounts multiply; an exclusive discount never stacks, so the candidates are
 * each exclusive discount alone and the product of the non-exclusive ones, and the lowest rate wins.</li>
 * </ul>
 * Ties go to the first candidate: the stack, then the discounts in the order given.
 * After discounts = max(round(list × Π r), round(list × f)), each rounded half-up to the fen.
 * <p>
 * <b>Attribution</b> of the discount amount to the discounts applied, so that the shares sum exactly to
 * list − after: the discounts are taken from the broadest scope to the narrowest (PLATFORM, REGION, CUSTOMER,
 * CONTRACT; then by id), each on the running amount: running = max(round(running × r), after), share = the
 * running amount before − after it; the last one takes what is left down to the after-discounts amount. So the
 * floor cut and the rounding fall on the narrowest discounts, and no share is ever negative (a discount reached
 * when the floor already binds gets 0.00).
 */
public record StackingPolicy(Mode mode, BigDecimal floor) {

    /** How applicable discounts combine. */
    public enum Mode { BEST_ONLY, STACKED }

    private static final Comparator<Discount> BROADEST_FIRST =
            Comparator.comparing((Discount d) -> d.scope().kind()).thenComparing(Discount::id);

    public StackingPolicy {
        Objects.requireNonNull(mode, "mode");
        if (floor == null || floor.signum() <= 0 || floor.compareTo(BigDecimal.ONE) > 0) {
            throw new SuanliException("marketing.floorInvalid", floor);
        }
    }

    /** The amount after the given applicable discounts, which of them were applied with their shares, and whether the floor bound. */
    public Result apply(Money list, List<Discount> applicable) {
        List<Discount> chosen = best(candidates(applicable));
        BigDecimal product = chosen.stream().map(Discount::rate).reduce(BigDecimal.ONE, BigDecimal::multiply);
        Money discounted = list.times(product);
        Money floored = list.times(floor);
        boolean floorBound = floored.compareTo(discounted) > 0;
        Money after = floorBound ? floored : discounted;
        return new Result(list, after, attribute(list, after, chosen), floorBound);
    }

    private List<List<Discount>> candidates(List<Discount> applicable) {
        List<List<Discount>> candidates = new ArrayList<>();
        if (mode == Mode.STACKED) {
            List<Discount> stack = applicable.stream().filter(d -> !d.exclusive()).toList();
            if (!stack.isEmpty()) {
                candidates.add(stack);
            }
            applicable.stream().filter(Discount::exclusive).forEach(d -> candidates.add(List.of(d)));
        } else {
            applicable.forEach(d -> candidates.add(List.of(d)));
        }
        return candidates;
    }

    private static List<Discount> best(List<List<Discount>> candidates) {
        List<Discount> best = List.of();
        BigDecimal bestRate = BigDecimal.ONE;
        for (List<Discount> c : candidates) {
            BigDecimal rate = c.stream().map(Discount::rate).reduce(BigDecimal.ONE, BigDecimal::multiply);
            if (best.isEmpty() || rate.compareTo(bestRate) < 0) {
                best = c;
                bestRate = rate;
            }
        }
        return best;
    }

    private static List<Applied> attribute(Money list, Money after, List<Discount> chosen) {
        List<Discount> ordered = chosen.stream().sorted(BROADEST_FIRST).toList();
        List<Applied> applied = new ArrayList<>();
        Money running = list;
        for (int i = 0; i < ordered.size(); i++) {
            Discount d = ordered.get(i);
            Money next = i == ordered.size() - 1 ? after : max(running.times(d.rate()), after);
            applied.add(new Applied(d, running.minus(next)));
            running = next;
        }
        return List.copyOf(applied);
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** One discount applied and its share of the discount amount. */
    public record Applied(Discount discount, Money amount) {
    }

    /**
     * The outcome: list and after-discounts amounts, the discounts applied (broadest scope first, shares summing to
     * {@link #discount()}), and whether the floor raised the amount.
     */
    public record Result(Money list, Money after, List<Applied> applied, boolean floorBound) {

        public Money discount() {
            return list.minus(after);
        }
    }
}
