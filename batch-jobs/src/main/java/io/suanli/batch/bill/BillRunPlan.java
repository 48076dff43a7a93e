package io.suanli.batch.bill;

import java.util.Properties;

/**
 * How the bill run splits its customers: partition {@code i} of {@code n} takes the customers whose id modulo
 * {@code n} is {@code i}; every customer is in exactly one partition.
 */
public final class BillRunPlan {

    public static final int MAX_PARTITIONS = 16;

    private BillRunPlan() {
    }

    /** The partitions asked for, kept within 1 and {@link #MAX_PARTITIONS}; 4 when not given or not a number. */
    public static int partitions(String value) {
        try {
            return Math.max(1, Math.min(MAX_PARTITIONS, Integer.parseInt(value == null ? "" : value.trim())));
        } catch (NumberFormatException e) {
            return 4;
        }
    }

    /** The properties of each partition: {@code partition} (0 … n-1) and {@code partitions} (n). */
    public static Properties[] properties(int n) {
        Properties[] out = new Properties[n];
        for (int i = 0; i < n; i++) {
            out[i] = new Properties();
            out[i].setProperty("partition", Integer.toString(i));
            out[i].setProperty("partitions", Integer.toString(n));
        }
        return out;
    }

    /** The partition of a customer (as the database's {@code MOD} computes it for the positive ids we use). */
    public static int partitionOf(long customerId, int n) {
        return (int) Math.floorMod(customerId, (long) n);
    }
}
