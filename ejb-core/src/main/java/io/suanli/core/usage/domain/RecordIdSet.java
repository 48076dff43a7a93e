package io.suanli.core.usage.domain;

/**
 * The record ids seen in one file, kept as 128-bit fingerprints in an open-addressing table: 16 bytes (at load ½,
 * 32) per record instead of a String and a hash-map node (~110 bytes), so a file of a million records needs 32 MB
 * (48 MB for a moment while the table doubles). Two distinct ids share a fingerprint with a probability of about n²/2¹²⁹ — never, for files of any size we
 * will see.
 */
final class RecordIdSet {

    private long[] slots = new long[2 * 1024]; // pairs (high, low); (0, 0) is empty
    private int size;

    /** Adds the id; false if it was already there. */
    boolean add(String id) {
        long h = 0x243F6A8885A308D3L ^ id.length();
        long l = 0x13198A2E03707344L;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            h = (h ^ c) * 0x100000001B3L;
            l = Long.rotateLeft(l + c * 0x9E3779B97F4A7C15L, 31) * 0xC2B2AE3D27D4EB4FL;
        }
        h = mix(h ^ Long.rotateLeft(l, 17));
        l = mix(l + 0x5851F42D4C957F2DL * id.length());
        if (h == 0 && l == 0) {
            l = 1;
        }
        if (2 * (size + 1) > slots.length / 2) {
            grow();
        }
        if (!insert(slots, h, l)) {
            return false;
        }
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private static boolean insert(long[] table, long h, long l) {
        int mask = table.length / 2 - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long sh = table[2 * i];
            long sl = table[2 * i + 1];
            if (sh == 0 && sl == 0) {
                table[2 * i] = h;
                table[2 * i + 1] = l;
                return true;
            }
            if (sh == h && sl == l) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0 || slots[i + 1] != 0) {
                insert(bigger, slots[i], slots[i + 1]);
            }
        }
        slots = bigger;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        k ^= k >>> 33;
        return k;
    }
}
