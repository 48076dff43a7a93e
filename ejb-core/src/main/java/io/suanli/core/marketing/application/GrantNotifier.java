package io.suanli.core.marketing.application;

import io.suanli.core.identity.application.CustomerContacts;
import io.suanli.core.marketing.domain.Batch;
import io.suanli.core.marketing.domain.BatchKind;
import io.suanli.core.marketing.domain.Coupon;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.MoneyText;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.application.MessageService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Tells a customer's administrators of a grant (SPEC §9), through the COUPON_GRANTED templates: the bell, and SMS and
 * e-mail where they gave a number or address. It runs as the platform, which alone reads contacts; only the
 * marketing center's staff reach it, from {@link BatchService#grant}, and the platform's {@link AutoGrants}.
 */
@Stateless
@RunAs(Roles.SYS_ADMIN)
@RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
@NoFunction("inside BatchService.grant, which checks the marketing function, and AutoGrants, which runs as the platform")
public class GrantNotifier {

    static final String TEMPLATE = "COUPON_GRANTED";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PlatformClock.ZONE);

    @Inject
    CustomerContacts contacts;

    @Inject
    MessageService messages;

    /** Tells of a grant; {@code contents} is what a pack holds, in words (null for other batches). */
    public void granted(long customerId, Batch b, String contents) {
        Map<String, String> vars = Map.of("kind", b.kind() == BatchKind.COUPON ? "优惠券" : b.kind().isPack() ? "活动包" : "抵扣现金券", "name", b.name(),
                "value", contents != null ? contents : value(b), "validTo", WHEN.format(b.validity().to()));
        for (CustomerContacts.Contact c : contacts.administrators(customerId)) {
            messages.inApp(TEMPLATE, c.userId(), c.username(), Locale.SIMPLIFIED_CHINESE, vars);
            if (c.mobile() != null) {
                messages.sms(TEMPLATE, c.mobile(), Locale.SIMPLIFIED_CHINESE, vars, c.userId());
            }
            if (c.email() != null) {
                messages.email(TEMPLATE, c.email(), Locale.SIMPLIFIED_CHINESE, vars, c.userId());
            }
        }
    }

    /** What one grant is worth, in words: 满 ¥5,000.00 减 ¥500.00; 立减 15%(最高 ¥200.00); ¥300.00. */
    static String value(Batch b) {
        if (b.kind() == BatchKind.DEDUCTION_CASH_COUPON) {
            return MoneyText.display(b.faceValue());
        }
        if (b.couponKind() == Coupon.Kind.AMOUNT_OFF) {
            return "满 " + MoneyText.display(b.threshold()) + " 减 " + MoneyText.display(b.amountOff());
        }
        return (b.threshold() == null ? "" : "满 " + MoneyText.display(b.threshold()) + " ") + "立减 "
                + BatchService.percentOf(b.percentOff()).toPlainString() + "%"
                + (b.maxOff() == null ? "" : "(最高 " + MoneyText.display(b.maxOff()) + ")");
    }
}
