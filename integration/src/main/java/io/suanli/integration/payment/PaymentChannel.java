package io.suanli.integration.payment;

/** The channels a customer can recharge through (SPEC U8). */
public enum PaymentChannel {
    /** WeChat Pay, Native payment (QR code), API v3. */
    WECHAT,
    /** Alipay, precreate (当面付, QR code). */
    ALIPAY,
    /** Digital renminbi (数字人民币) through an operating institution. */
    ECNY,
    /** UnionPay (银联) online payment, QR code. */
    UNIONPAY,
    /** The simulator of the dev profile and the tests. */
    SIMULATOR
}
