package io.suanli.integration.payment.simulator;

import io.suanli.integration.payment.MutableClock;
import io.suanli.integration.payment.PaymentAlreadyPaidException;
import io.suanli.integration.payment.PaymentChannel;
import io.suanli.integration.payment.PaymentException;
import io.suanli.integration.payment.PaymentNotification;
import io.suanli.integration.payment.PaymentOrder;
import io.suanli.integration.payment.PaymentRequest;
import io.suanli.integration.payment.PaymentSignatureException;
import io.suanli.integration.payment.PaymentStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatorGatewayTest {

    private static final String ORDER = "R202607010005";
    private static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private SimulatorGateway simulator;
    private NotifyEndpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        simulator = new SimulatorGateway(new SimulatorConfig(URI.create("http://localhost:8080/"),
                Collections.nCopies(3, Duration.ZERO), Duration.ofSeconds(5)), clock);
        endpoint = new NotifyEndpoint(simulator);
    }

    @AfterEach
    void stop() {
        endpoint.close();
        simulator.shutdown();
    }

    private PaymentOrder create(String amount) {
        return simulator.create(new PaymentRequest(ORDER, new BigDecimal(amount), "算力充值", NOW,
                NOW.plus(Duration.ofMinutes(30)), endpoint.url()));
    }

    @Test
    void createAnswersTheLocalPayPage() {
        PaymentOrder order = create("88.80");

        assertEquals(PaymentChannel.SIMULATOR, order.channel());
        assertTrue(order.payUrl().startsWith("http://localhost:8080/pay/simulator/" + ORDER + "?k="), order.payUrl());
        String key = order.payUrl().substring(order.payUrl().indexOf("?k=") + 3);
        assertEquals(22, key.length(), "128 bits");
        assertTrue(simulator.payKeyMatches(ORDER, key));
        assertFalse(simulator.payKeyMatches(ORDER, key.substring(1) + "A"));
        assertFalse(simulator.payKeyMatches(ORDER, null));
        assertEquals(new BigDecimal("88.80"), simulator.order(ORDER).orElseThrow().amount());
        assertEquals(PaymentStatus.State.NOT_PAID, simulator.query(ORDER, NOW).state());
    }

    @Test
    void payDeliversAVerifiedNotificationAndQueryReflectsIt() throws Exception {
        create("88.80");
        clock.advance(Duration.ofMinutes(3));

        assertEquals(1, simulator.pay(ORDER).get(5, TimeUnit.SECONDS));

        assertEquals(1, endpoint.verified.size());
        PaymentNotification n = endpoint.verified.get(0);
        assertEquals(ORDER, n.orderNumber());
        assertEquals(new BigDecimal("88.80"), n.amount());
        assertEquals("CNY", n.currency());
        assertEquals(NOW.plus(Duration.ofMinutes(3)), n.paidAt());
        assertTrue(n.paid());
        PaymentStatus status = simulator.query(ORDER, NOW);
        assertEquals(PaymentStatus.State.PAID, status.state());
        assertEquals(n.transactionId(), status.transactionId());
        assertEquals(new BigDecimal("88.80"), status.amount());
    }

    @Test
    void aLostNotificationLeavesThePaymentToTheQuery() throws Exception {
        create("88.80");

        String transactionId = simulator.payWithoutNotification(ORDER);

        Thread.sleep(200);
        assertEquals(0, endpoint.attempts.get());
        PaymentStatus status = simulator.query(ORDER, NOW);
        assertEquals(PaymentStatus.State.PAID, status.state());
        assertEquals(transactionId, status.transactionId());
        assertEquals(transactionId, simulator.payWithoutNotification(ORDER), "paying again is the same payment");
    }

    @Test
    void deliveryIsRepeatedUntilTheEndpointAnswersSuccess() throws Exception {
        create("88.80");
        endpoint.failFirst(2);

        assertEquals(3, simulator.pay(ORDER).get(5, TimeUnit.SECONDS));

        assertEquals(3, endpoint.attempts.get());
        assertEquals(1, endpoint.verified.size());
    }

    @Test
    void deliveryGivesUpWhenTheScheduleIsExhausted() {
        create("88.80");
        endpoint.failFirst(10);

        ExecutionException e = assertThrows(ExecutionException.class, () -> simulator.pay(ORDER).get(5, TimeUnit.SECONDS));

        assertInstanceOf(PaymentException.class, e.getCause());
        assertEquals(3, endpoint.attempts.get());
        assertEquals(PaymentStatus.State.PAID, simulator.query(ORDER, NOW).state(), "paid all the same: query finds it");
    }

    @Test
    void redeliveryRepeatsTheSameTransaction() throws Exception {
        create("88.80");
        simulator.pay(ORDER).get(5, TimeUnit.SECONDS);

        simulator.redeliver(ORDER).get(5, TimeUnit.SECONDS);

        assertEquals(2, endpoint.verified.size());
        assertEquals(endpoint.verified.get(0), endpoint.verified.get(1));
    }

    @Test
    void forgedNotificationIsRefused() {
        create("88.80");
        SimulatedNotification forged = simulator.forgedNotification(ORDER, new BigDecimal("88.80"));

        assertThrows(PaymentSignatureException.class, () -> simulator.parseNotification(forged.headers(), forged.body()));
    }

    @Test
    void tamperedNotificationIsRefused() throws Exception {
        create("0.01");
        simulator.pay(ORDER).get(5, TimeUnit.SECONDS);
        SimulatedNotification tampered = simulator.tamperedNotification(ORDER, new BigDecimal("10000.00"));

        assertThrows(PaymentSignatureException.class,
                () -> simulator.parseNotification(tampered.headers(), tampered.body()));
    }

    @Test
    void mismatchedAmountIsAuthenticButDoesNotMatchTheOrder() {
        create("88.80");
        SimulatedNotification mismatched = simulator.mismatchedNotification(ORDER, new BigDecimal("8888.00"));

        PaymentNotification n = simulator.parseNotification(mismatched.headers(), mismatched.body());

        assertThrows(PaymentException.class, () -> n.requireFor(ORDER, new BigDecimal("88.80")));
    }

    @Test
    void notificationOfAnotherSimulatorInstanceIsRefused() throws Exception {
        create("88.80");
        simulator.pay(ORDER).get(5, TimeUnit.SECONDS);
        SimulatedNotification genuine = simulator.notificationFor(ORDER);
        SimulatorGateway restarted = new SimulatorGateway(SimulatorConfig.of(URI.create("http://localhost:8080")), clock);
        try {
            assertThrows(PaymentSignatureException.class,
                    () -> restarted.parseNotification(genuine.headers(), genuine.body()));
        } finally {
            restarted.shutdown();
        }
    }

    @Test
    void closedOrderCannotBePaid() {
        create("88.80");

        simulator.close(ORDER);

        assertEquals(PaymentStatus.State.CLOSED, simulator.query(ORDER, NOW).state());
        assertThrows(PaymentException.class, () -> simulator.pay(ORDER));
    }

    @Test
    void expiredOrderCannotBePaidAndQueriesClosed() {
        create("88.80");
        clock.advance(Duration.ofMinutes(30));

        assertThrows(PaymentException.class, () -> simulator.pay(ORDER));
        assertEquals(PaymentStatus.State.CLOSED, simulator.query(ORDER, NOW).state());
    }

    @Test
    void closingAPaidOrderSaysSo() throws Exception {
        create("88.80");
        simulator.pay(ORDER).get(5, TimeUnit.SECONDS);

        assertThrows(PaymentAlreadyPaidException.class, () -> simulator.close(ORDER));
    }

    @Test
    void sameOrderNumberWithAnotherAmountIsRefused() {
        PaymentOrder first = create("88.80");

        assertEquals(first, create("88.8"));
        assertThrows(PaymentException.class, () -> create("88.81"));
    }

    @Test
    void unknownOrderIsNotPaid() {
        assertEquals(PaymentStatus.State.NOT_PAID, simulator.query("R000000000000", NOW).state());
        assertThrows(PaymentException.class, () -> simulator.pay("R000000000000"));
    }
}
