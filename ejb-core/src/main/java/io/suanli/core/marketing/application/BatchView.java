package io.suanli.core.marketing.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A batch as operations see it, with its usage: granted of quantity, grants used, grants expired unused, and the
 * amount its grants took off paid orders. {@code percentOff} is a percentage (15 = 15 % off); {@code autoGrantOn} the
 * customer event it grants itself on (null: by hand only), with the least first recharge that grants. A batch of
 * recharge cash coupons reaches customers by codes: its "granted" are the codes made, "used" those redeemed, "given"
 * their value, and it offers the export of its codes ({@code codesExportable}) until it was done once; other batches
 * offer a grant while something is left ({@code grantable}). An activity pack lists its {@code items}.
 */
public record BatchView(long id, String kind, String name, int quantity, int granted, int perCustomer, String couponKind,
                        Money amountOff, BigDecimal percentOff, Money maxOff, Money threshold, boolean withDiscounts,
                        Money faceValue, boolean paygAllowed, String categoryCode, String productCode, String specCode,
                        Instant validFrom, Instant validTo, long used, long expired, Money given, Instant createdAt,
                        String createdBy, String autoGrantOn, Money autoGrantMinRecharge, Instant codesExportedAt,
                        boolean grantable, boolean codesExportable, List<PackItemView> items) implements Serializable {
}
