package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One day of one or all channels: what the channels told us (verified notifications and query answers) against what
 * the ledger holds as online recharges, matched by channel transaction.
 *
 * @param day      the day in the platform time zone
 * @param channels per channel: counts and sums of both sides and their difference
 * @param lines    what does not match: claims we did not credit, credits without a claim that day
 */
public record Reconciliation(LocalDate day, List<ChannelSide> channels, List<Line> lines) implements Serializable {

    /** One channel's day. */
    public record ChannelSide(String channel, long channelCount, Money channelAmount, long ledgerCount, Money ledgerAmount)
            implements Serializable {

        public Money difference() {
            return channelAmount.minus(ledgerAmount);
        }
    }

    /**
     * One unmatched transaction.
     *
     * @param status AMOUNT_MISMATCH, UNKNOWN_RECHARGE, DUPLICATE_PAYMENT (the channel's claim was not credited),
     *               NOT_IN_LEDGER_TODAY (credited, but the ledger line is on another day), NOT_FROM_CHANNEL (a ledger
     *               credit the channel did not confirm that day)
     */
    public record Line(String channel, String transactionId, String rechargeNo, Money channelAmount, Money ledgerAmount,
                       Instant at, String status, String detail) implements Serializable {
    }
}
