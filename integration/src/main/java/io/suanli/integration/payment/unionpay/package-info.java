/**
 * UnionPay (银联) QR code payment over the UnionPay online payment platform (全渠道, UPACP) message interface, version
 * 5.1.0. There is no UnionPay SDK on Maven Central: messages are built and signed here from the public interface
 * specification, and sent with {@code java.net.http.HttpClient}. What is taken from public documentation and what is
 * assumed is marked on {@link io.suanli.integration.payment.unionpay.UnionPayGateway}.
 */
package io.suanli.integration.payment.unionpay;
