package org.reportparse.annotate;

/**
 * A remembered bit mask per string, looked up by a range of a text: no substring is made and no
 * hash of a fresh String computed, as a map keyed by text.substring(from, to) would on every word.
 * Open addressing without removal. Reads take no lock (entries are immutable, so a reader sees one
 * whole or none, and a miss only costs the caller a recomputation); puts are rare and synchronized.
 * The table doubles as it fills, up to a bound; then it remembers nothing more.
 */
final class RangeMasks {
    /** Returned by {@link #get} for a range never put. */
    static final long UNKNOWN = Long.MIN_VALUE;
    private static final int INITIAL_BITS = 10;

    private record Entry(String key, int hash, long mask) {}

    private final int maxBits;
    private volatile Entry[] slots = new Entry[1 << INITIAL_BITS];
    private int size;

    /** @param maxBits log2 of the largest slot count; at most three quarters of the slots are filled */
    RangeMasks(int maxBits) {
        this.maxBits = maxBits;
    }

    /** The mask put for text[from, to), or {@link #UNKNOWN}. */
    long get(String text, int from, int to) {
        int hash = hash(text, from, to);
        int n = to - from;
        Entry[] table = slots;
        for (int i = slot(hash, table); ; i = (i + 1) & (table.length - 1)) {
            Entry e = table[i];
            if (e == null) {
                return UNKNOWN;
            }
            if (e.hash() == hash && e.key().length() == n && e.key().regionMatches(0, text, from, n)) {
                return e.mask();
            }
        }
    }

    /** Remembers the mask of text[from, to) while there is room (a range already put keeps its first mask). */
    synchronized void put(String text, int from, int to, long mask) {
        Entry[] table = slots;
        if (size >= table.length / 4 * 3) {
            if (table.length == 1 << maxBits) {
                return;
            }
            table = grown(table);
        }
        if (insert(table, new Entry(text.substring(from, to), hash(text, from, to), mask))) {
            size++;
        }
        slots = table; // publishes a grown table (entries are final-field objects: safe to read racily)
    }

    private static Entry[] grown(Entry[] table) {
        Entry[] bigger = new Entry[table.length * 2];
        for (Entry e : table) {
            if (e != null) {
                insert(bigger, e);
            }
        }
        return bigger;
    }

    private static boolean insert(Entry[] table, Entry entry) {
        for (int i = slot(entry.hash(), table); ; i = (i + 1) & (table.length - 1)) {
            Entry e = table[i];
            if (e == null) {
                table[i] = entry;
                return true;
            }
            if (e.hash() == entry.hash() && e.key().equals(entry.key())) {
                return false;
            }
        }
    }

    private static int slot(int hash, Entry[] table) {
        // Fibonacci hashing: the String hashes of similar words differ mostly in their low bits
        return (hash * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(table.length));
    }

    /** text.substring(from, to).hashCode(), without the substring. */
    private static int hash(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }
}
