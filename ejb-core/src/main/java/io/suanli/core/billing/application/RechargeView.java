package io.suanli.core.billing.application;

import io.suanli.core.billing.domain.Recharge;
import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.time.Instant;

/** A recharge as its customer sees it: what to pay, how (QR code or pay page), and where it stands. */
public record RechargeView(String rechargeNo, Money amount, String channel, String status, String qrCode, String payUrl,
                           Instant createdAt, Instant expiresAt, Instant paidAt) implements Serializable {

    static RechargeView of(Recharge r) {
        return new RechargeView(r.rechargeNo(), r.amount(), r.channel().name(), r.status().name(), r.qrCode(), r.payUrl(),
                r.createdAt(), r.expiresAt(), r.paidAt());
    }

    public boolean pending() {
        return Recharge.Status.PENDING.name().equals(status);
    }
}
