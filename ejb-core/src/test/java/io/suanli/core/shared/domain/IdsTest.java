package io.suanli.core.shared.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdsTest {

    @Test
    void idsIncreaseWithinOneThread() {
        long last = 0;
        for (int i = 0; i < 100_000; i++) {
            long id = Ids.next();
            assertTrue(id > last, "ids increase");
            last = id;
        }
    }

    @Test
    void idsAreUniqueAcrossThreads() {
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 8).parallel().forEach(t -> {
            for (int i = 0; i < 50_000; i++) {
                ids.add(Ids.next());
            }
        });
        assertEquals(400_000, ids.size());
        assertTrue(new HashSet<>(ids).stream().allMatch(id -> id > 0));
    }
}
