package org.unionworks.platform.excel;

import java.util.HashMap;
import java.util.Map;

/**
 * The natural keys seen so far in one import, each with the row it was first seen on. Long keys
 * (e.g. an encoded ID number) go to an open-addressing table of primitives, so a million rows
 * cost some 24 MB instead of the ~130 MB of boxed map entries.
 */
final class Keys {

    private long[] keys = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;
    private final Map<Object, Integer> others = new HashMap<>();

    /** Records the key for the row unless already seen; returns the earlier row, or 0. */
    int putIfAbsent(Object key, int row) {
        if (!(key instanceof Long k)) {
            Integer first = others.putIfAbsent(key, row);
            return first == null ? 0 : first;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = mix(k) & mask; ; i = (i + 1) & mask) {
            if (rows[i] == 0) {
                keys[i] = k;
                rows[i] = row;
                size++;
                return 0;
            }
            if (keys[i] == k) {
                return rows[i];
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldRows.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldRows[i] != 0) {
                putIfAbsent(oldKeys[i], oldRows[i]);
            }
        }
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
