package io.suanli.integration.payment;

import java.util.Objects;

/**
 * A channel order ready to be paid: what to show the payer.
 *
 * @param channel     the channel
 * @param orderNumber our recharge number
 * @param qrCode      the content to render as a QR code for the payer's phone (WeChat {@code code_url}, Alipay
 *                    {@code qr_code}, UnionPay {@code qrCode}, …); null when the channel answers a pay URL only
 * @param payUrl      a URL to open in the browser instead (the simulator's page); null when there is none
 * @param prepayId    the channel's own id of the order if it gives one (e-CNY), else null
 */
public record PaymentOrder(PaymentChannel channel, String orderNumber, String qrCode, String payUrl,
                           String prepayId) {

    public PaymentOrder {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(orderNumber, "orderNumber");
        if (qrCode == null && payUrl == null) {
            throw new IllegalArgumentException("a payment order needs a QR code or a pay URL");
        }
    }
}
