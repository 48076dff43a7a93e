package io.suanli.integration.payment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PaymentRecordsTest {

    private static final Instant AT = Instant.parse("2026-07-01T02:00:00Z");
    private static final URI NOTIFY = URI.create("https://suanli.example.cn/api/pay/notify/wechat");

    @Test
    void requestNormalizesTheAmountToTwoDecimals() {
        PaymentRequest request = new PaymentRequest("R202607010001", new BigDecimal("88.8"), "算力充值", AT,
                AT.plusSeconds(1800), NOTIFY);

        assertEquals("88.80", request.amount().toPlainString());
    }

    @Test
    void requestRefusesWhatSomeChannelWouldRefuse() {
        BigDecimal amount = BigDecimal.TEN;
        Instant end = AT.plusSeconds(1800);
        assertThrows(IllegalArgumentException.class, () -> new PaymentRequest("R2026-0701", amount, "s", AT, end, NOTIFY));
        assertThrows(IllegalArgumentException.class, () -> new PaymentRequest("R123456", amount, "s", AT, end, NOTIFY));
        assertThrows(IllegalArgumentException.class,
                () -> new PaymentRequest("R".repeat(33), amount, "s", AT, end, NOTIFY));
        assertThrows(IllegalArgumentException.class,
                () -> new PaymentRequest("R202607010001", new BigDecimal("0.001"), "s", AT, end, NOTIFY));
        assertThrows(IllegalArgumentException.class,
                () -> new PaymentRequest("R202607010001", BigDecimal.ZERO, "s", AT, end, NOTIFY));
        assertThrows(IllegalArgumentException.class,
                () -> new PaymentRequest("R202607010001", amount, "", AT, end, NOTIFY));
        assertThrows(IllegalArgumentException.class,
                () -> new PaymentRequest("R202607010001", amount, "s", AT, AT, NOTIFY));
        assertThrows(IllegalArgumentException.class,
                () -> new PaymentRequest("R202607010001", amount, "s", AT, end, URI.create("/notify")));
    }

    @Test
    void notificationMatchesOnlyItsOrderAndExactAmount() {
        PaymentNotification n = new PaymentNotification(PaymentChannel.WECHAT, "R202607010001", "4200001",
                new BigDecimal("88.8"), "CNY", AT, "SUCCESS", true);

        assertSame(n, n.requireFor("R202607010001", new BigDecimal("88.80")));
        assertThrows(PaymentException.class, () -> n.requireFor("R202607010001", new BigDecimal("88.81")));
        assertThrows(PaymentException.class, () -> n.requireFor("R202607010002", new BigDecimal("88.80")));
    }

    @Test
    void notificationInAnotherCurrencyOrPaidWithoutTransactionIsRefused() {
        assertThrows(PaymentException.class, () -> new PaymentNotification(PaymentChannel.ALIPAY, "R202607010001",
                "2026", BigDecimal.TEN, "USD", AT, "TRADE_SUCCESS", true));
        assertThrows(PaymentException.class, () -> new PaymentNotification(PaymentChannel.ALIPAY, "R202607010001",
                null, BigDecimal.TEN, "CNY", AT, "TRADE_SUCCESS", true));
    }
}
