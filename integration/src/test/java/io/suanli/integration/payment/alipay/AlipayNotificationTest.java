package io.suanli.integration.payment.alipay;

import io.suanli.integration.payment.PaymentChannel;
import io.suanli.integration.payment.PaymentException;
import io.suanli.integration.payment.PaymentNotification;
import io.suanli.integration.payment.PaymentSignatureException;
import io.suanli.integration.payment.support.Forms;
import io.suanli.integration.payment.support.Rsa;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlipayNotificationTest {

    private static final String ORDER = "R202607010002";
    private static final AlipayFixture alipay = new AlipayFixture();
    private static final AlipayGateway gateway = new AlipayGateway(alipay.config(AlipayConfig.SANDBOX));

    @Test
    void signedFormIsReadAsPaid() {
        String body = Forms.encode(alipay.signed(AlipayFixture.notificationFields(ORDER, "88.80", "TRADE_SUCCESS")));

        PaymentNotification n = gateway.parseNotification(Map.of(), body);

        assertEquals(PaymentChannel.ALIPAY, n.channel());
        assertEquals(ORDER, n.orderNumber());
        assertEquals("2026070122001446881000000001", n.transactionId());
        assertEquals(new BigDecimal("88.80"), n.amount());
        assertEquals("CNY", n.currency());
        assertEquals(Instant.parse("2026-07-01T02:15:30Z"), n.paidAt());
        assertEquals("TRADE_SUCCESS", n.rawStatus());
        assertTrue(n.paid());
    }

    @Test
    void tradeFinishedIsPaidToo() {
        String body = Forms.encode(alipay.signed(AlipayFixture.notificationFields(ORDER, "1", "TRADE_FINISHED")));

        PaymentNotification n = gateway.parseNotification(Map.of(), body);

        assertTrue(n.paid());
        assertEquals(new BigDecimal("1.00"), n.amount());
    }

    @Test
    void tamperedAmountIsRefused() {
        Map<String, String> fields = alipay.signed(AlipayFixture.notificationFields(ORDER, "0.01", "TRADE_SUCCESS"));
        fields.put("total_amount", "10000.00");

        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(Map.of(), Forms.encode(fields)));
    }

    @Test
    void addedFieldIsRefused() {
        Map<String, String> fields = alipay.signed(AlipayFixture.notificationFields(ORDER, "0.01", "TRADE_SUCCESS"));
        fields.put("passback_params", "credit-more");

        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(Map.of(), Forms.encode(fields)));
    }

    @Test
    void repeatedFieldIsRefused() {
        String body = Forms.encode(alipay.signed(AlipayFixture.notificationFields(ORDER, "0.01", "TRADE_SUCCESS")))
                + "&total_amount=10000.00";

        assertThrows(PaymentException.class, () -> gateway.parseNotification(Map.of(), body));
    }

    @Test
    void formSignedWithAnotherKeyIsRefused() {
        String body = Forms.encode(AlipayFixture.signed(AlipayFixture.notificationFields(ORDER, "88.80",
                "TRADE_SUCCESS"), Rsa.generateKeyPair().getPrivate()));

        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(Map.of(), body));
    }

    @Test
    void unsignedOrRsa1FormIsRefused() {
        Map<String, String> unsigned = AlipayFixture.notificationFields(ORDER, "88.80", "TRADE_SUCCESS");
        Map<String, String> rsa1 = alipay.signed(unsigned);
        rsa1.put("sign_type", "RSA");

        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(Map.of(), Forms.encode(unsigned)));
        assertThrows(PaymentSignatureException.class, () -> gateway.parseNotification(Map.of(), Forms.encode(rsa1)));
    }

    @Test
    void authenticFormForAnotherAppIsRefused() {
        Map<String, String> fields = AlipayFixture.notificationFields(ORDER, "88.80", "TRADE_SUCCESS");
        fields.put("app_id", "2021000199999999");

        PaymentException e = assertThrows(PaymentException.class,
                () -> gateway.parseNotification(Map.of(), Forms.encode(alipay.signed(fields))));
        assertFalse(e instanceof PaymentSignatureException);
    }

    @Test
    void authenticFormWithAMalformedAmountIsRefused() {
        String body = Forms.encode(alipay.signed(AlipayFixture.notificationFields(ORDER, "88.805", "TRADE_SUCCESS")));

        assertThrows(PaymentException.class, () -> gateway.parseNotification(Map.of(), body));
    }

    @Test
    void waitBuyerPayIsNotPaid() {
        Map<String, String> fields = AlipayFixture.notificationFields(ORDER, "88.80", "WAIT_BUYER_PAY");
        fields.remove("gmt_payment");

        PaymentNotification n = gateway.parseNotification(Map.of(), Forms.encode(alipay.signed(fields)));

        assertFalse(n.paid());
        assertNull(n.paidAt());
    }

    @Test
    void answersArePlainSuccessAndFail() {
        assertEquals("success", gateway.successAnswer().body());
        assertTrue(gateway.successAnswer().contentType().startsWith("text/plain"));
        assertEquals("fail", gateway.failureAnswer().body());
    }
}
