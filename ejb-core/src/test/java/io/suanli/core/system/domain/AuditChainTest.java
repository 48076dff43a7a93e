package io.suanli.core.system.domain;

import io.suanli.core.shared.domain.AuditRecord;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {

    static AuditRecord record(String action) {
        return new AuditRecord(Instant.parse("2026-11-25T01:02:03Z"), "admin", "SYS_ADMIN", action, "t", "s", "127.0.0.1", "ua", "OK");
    }

    static List<AuditEvent> chain(int n) {
        AuditChainHead head = new AuditChainHead();
        setField(head, "lastHash", AuditChain.GENESIS);
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AuditEvent e = new AuditEvent(100 + i, record("A" + i));
            head.append(e);
            events.add(e);
        }
        return events;
    }

    @Test
    void eachLinkCoversThePreviousOne() {
        List<AuditEvent> events = chain(3);
        assertEquals(1L, events.get(0).seq());
        assertEquals(AuditChain.GENESIS, events.get(0).prevHash());
        assertEquals(events.get(0).hash(), events.get(1).prevHash());
        assertEquals(events.get(1).hash(), events.get(2).prevHash());
        assertTrue(events.get(2).matches(events.get(1).hash()));
    }

    @Test
    void changedContentNoLongerMatches() {
        List<AuditEvent> events = chain(2);
        setField(events.get(0), "summary", "something else");
        assertFalse(events.get(0).matches(AuditChain.GENESIS));
    }

    @Test
    void aLinkDoesNotMatchAnotherPredecessor() {
        List<AuditEvent> events = chain(3);
        assertFalse(events.get(2).matches(events.get(0).hash()), "a removed record breaks the next link");
    }

    @Test
    void hashDependsOnEveryField() {
        String h = AuditChain.hash(1, 1, record("X"), AuditChain.GENESIS);
        assertNotEquals(h, AuditChain.hash(2, 1, record("X"), AuditChain.GENESIS));
        assertNotEquals(h, AuditChain.hash(1, 2, record("X"), AuditChain.GENESIS));
        assertNotEquals(h, AuditChain.hash(1, 1, record("Y"), AuditChain.GENESIS));
        assertNotEquals(h, AuditChain.hash(1, 1, record("X"), "1".repeat(64)));
        assertEquals(64, h.length());
    }

    @Test
    void aRecordIsSealedOnlyOnce() {
        AuditEvent e = chain(1).get(0);
        assertThrows(IllegalStateException.class, () -> e.seal(9, AuditChain.GENESIS));
    }

    static void setField(Object target, String name, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(name);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
