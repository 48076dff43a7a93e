/**
 * Online recharge through payment channels (SPEC I4, U8): one {@link io.suanli.integration.payment.PaymentGateway}
 * per {@link io.suanli.integration.payment.PaymentChannel} — WeChat Pay Native, Alipay precreate (当面付), e-CNY,
 * UnionPay and the simulator of the dev profile.
 * <p>
 * The flow: the core creates a recharge with our order number and asks the gateway to
 * {@link io.suanli.integration.payment.PaymentGateway#create create} a channel order (a QR code or pay URL); the
 * channel posts an asynchronous notification that the endpoint hands to
 * {@link io.suanli.integration.payment.PaymentGateway#parseNotification parseNotification}, which answers only what
 * it could verify; the endpoint replies with {@code successAnswer()} once the core has recorded it (idempotently:
 * channels repeat notifications). When a notification is lost, {@code query} tells the state; expired orders are
 * {@code close}d.
 * <p>
 * Amounts are CNY {@link java.math.BigDecimal}s with exactly 2 decimals; conversions to fen go through
 * {@link io.suanli.integration.payment.Amounts}. Channel SDK types never leave the adapter packages. Nothing here
 * knows the core.
 */
package io.suanli.integration.payment;
