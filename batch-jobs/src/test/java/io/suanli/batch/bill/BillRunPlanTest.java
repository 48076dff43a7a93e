package io.suanli.batch.bill;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BillRunPlanTest {

    @Test
    void everyCustomerIsInExactlyOnePartitionAndThePartitionsAreBalanced() {
        int n = 4;
        int[] counts = new int[n];
        long base = 1_000_001L;
        for (long id = base; id < base + 10_000; id++) {
            int p = BillRunPlan.partitionOf(id, n);
            assertTrue(p >= 0 && p < n);
            assertEquals(id % n, p, "as the database's MOD of a positive id");
            counts[p]++;
        }
        for (int c : counts) {
            assertEquals(2500, c);
        }
    }

    @Test
    void thePlanNamesEachPartitionOnce() {
        Properties[] ps = BillRunPlan.properties(4);
        assertEquals(4, ps.length);
        Set<String> seen = new HashSet<>();
        for (Properties p : ps) {
            assertEquals("4", p.getProperty("partitions"));
            seen.add(p.getProperty("partition"));
        }
        assertEquals(Set.of("0", "1", "2", "3"), seen);
    }

    @Test
    void partitionsAskedForAreKeptWithinBounds() {
        assertEquals(4, BillRunPlan.partitions(null));
        assertEquals(4, BillRunPlan.partitions("x"));
        assertEquals(1, BillRunPlan.partitions("0"));
        assertEquals(16, BillRunPlan.partitions("99"));
        assertEquals(3, BillRunPlan.partitions(" 3 "));
    }
}
