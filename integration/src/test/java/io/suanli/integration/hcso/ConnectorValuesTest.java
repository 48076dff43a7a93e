package io.suanli.integration.hcso;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectorValuesTest {

    @Test
    void poolNameIsTheOrderNumberInLowerCaseWithOurPrefix() {
        assertEquals("sl-o202607010001", ClientTokens.poolName("O202607010001"));
        assertEquals("sl-o2026-07_01".replace('_', '-'), ClientTokens.poolName("O2026/07_01"));
        assertEquals(ClientTokens.poolName("O202607010001"), new PoolRequest("O202607010001", "f", 1, null, null)
                .poolName());
    }

    @Test
    void longOrderNumbersGetAStableHashedName() {
        String name = ClientTokens.poolName("ORDER-2026-07-01-000000000001");

        assertEquals(ClientTokens.MAX_POOL_NAME, name.length());
        assertTrue(name.matches("sl-[0-9a-f]{22}"), name);
        assertEquals(name, ClientTokens.poolName("ORDER-2026-07-01-000000000001"));
        assertNotEquals(name, ClientTokens.poolName("ORDER-2026-07-01-000000000002"));
    }

    @Test
    void accountNeverShowsItsSecretKey() {
        CloudAccount account = CloudAccount.allAt("prod", "HPUAEXAMPLEAK0001", "topSecretSk", "p1", "cn-north-4",
                URI.create("https://hcso.example"));

        assertFalse(account.toString().contains("topSecretSk"));
        assertFalse(account.toString().contains("HPUAEXAMPLEAK0001"));
        assertTrue(account.toString().contains("HPUA****"));
    }

    @Test
    void accountNeedsItsKeysAndProject() {
        URI uri = URI.create("https://hcso.example");
        assertThrows(IllegalArgumentException.class, () -> CloudAccount.allAt("a", "ak", " ", "p", "r", uri));
        assertThrows(IllegalArgumentException.class, () -> CloudAccount.allAt("a", "ak", "sk", null, "r", uri));
    }

    @Test
    void backoffDoublesUpToItsCap() {
        HcsoSettings settings = HcsoSettings.defaults().withRetries(6, Duration.ofMillis(100), Duration.ofMillis(500));

        assertEquals(Duration.ofMillis(100), settings.backoff(1));
        assertEquals(Duration.ofMillis(200), settings.backoff(2));
        assertEquals(Duration.ofMillis(400), settings.backoff(3));
        assertEquals(Duration.ofMillis(500), settings.backoff(4));
        assertEquals(Duration.ofMillis(500), settings.backoff(9));
    }

    @Test
    void phasesMapToOurStatus() {
        assertEquals(PoolStatus.READY, PoolStatus.fromPhase("Running"));
        assertEquals(PoolStatus.PENDING, PoolStatus.fromPhase("Creating"));
        assertEquals(PoolStatus.PENDING, PoolStatus.fromPhase(null));
        assertEquals(PoolStatus.FAILED, PoolStatus.fromPhase("Abnormal"));
        assertEquals(PoolStatus.FAILED, PoolStatus.fromPhase("Error"));
        assertEquals(PoolStatus.DELETING, PoolStatus.fromPhase("Deleting"));
    }

    @Test
    void invalidRequestsAreRefusedBeforeAnyCall() {
        assertThrows(IllegalArgumentException.class, () -> new PoolRequest("O1", "f", 0, null, null));
        assertThrows(IllegalArgumentException.class, () -> new BucketRequest("Upper_Case", 0, null));
        Instant now = Instant.parse("2026-07-01T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> new MetricQuery("SYS.ECS", "cpu_util", Map.of(), now,
                now.plusSeconds(60), 300, null));
        assertThrows(IllegalArgumentException.class, () -> MetricQuery.average("SYS.ECS", "cpu_util", "id", "x", now,
                now, 300));
    }
}
