/**
 * The distribution context's rules (SPEC §10, U11, O7, B2): two payout tiers, levels with commission and override
 * rates, commission accrued on the cash and credit part of a bound customer's consumption and clawed back in
 * proportion to a refund, and monthly statements with a negative carry-forward. Pure: no persistence, no clock.
 */
package io.suanli.core.distribution.domain;
