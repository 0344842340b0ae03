package org.reportparse.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of regular expressions (cue lists, name patterns) searched in a text trying only the words a
 * match can start with. Running long case-insensitive alternations at every character was the
 * costliest step of the annotators; most words start no match at all.
 *
 * <p>A pattern is "indexed" when every match starts at the beginning of a word: it opens with
 * {@code \b} and no non-word character can come first. Whether a match can start with a given word
 * is asked of the regex itself: on the word alone the matcher either matches or runs out of input
 * ({@link Matcher#hitEnd()}) along every path a longer text starting with that word could take. The
 * answer is remembered per word. Other patterns are searched the ordinary way.
 *
 * <p>Results are those of {@code matcher.region(from, to)} and repeated {@code find()}, for patterns
 * that look no further back than their opening word boundary and have no {@code ^} after it. Thread-safe.
 */
public final class WordStartPatterns {
    /** log2 of the slots remembering word and pair masks: ~196,000 of each; past that, masks are computed afresh (bounded memory). */
    private static final int CACHE_BITS = 18;

    /** Characters below this have a precomputed mask of the patterns a match can start with. */
    private static final char FIRST_CHAR_LIMIT = 0x250;

    private final List<Pattern> patterns;
    private final boolean[] indexed;
    /**
     * For a (Latin) character: bit k set when pattern k may match starting with it, plus {@link #KNOWN};
     * spares most words the word look-up. Filled on first sight of a character (start-up stays short).
     */
    private final AtomicLongArray byFirstChar = new AtomicLongArray(FIRST_CHAR_LIMIT);
    private static final long KNOWN = 1L << 63;
    /** For a word as written: bit k set when pattern k may match starting with it. */
    private final RangeMasks byFirstWord = new RangeMasks(CACHE_BITS);
    /** For a word, the characters after it and the next word, as written: the same, narrower. */
    private final RangeMasks byFirstPair = new RangeMasks(CACHE_BITS);

    private WordStartPatterns(List<Pattern> patterns) {
        if (patterns.size() > Long.SIZE - 1) {
            throw new IllegalArgumentException("at most " + (Long.SIZE - 1) + " patterns, got " + patterns.size());
        }
        this.patterns = List.copyOf(patterns);
        this.indexed = new boolean[patterns.size()];
        for (int k = 0; k < patterns.size(); k++) {
            Pattern p = patterns.get(k);
            indexed[k] = p.pattern().startsWith("\\b") && !mayStartWithNonWord(p);
        }
    }

    public static WordStartPatterns of(List<Pattern> patterns) {
        return new WordStartPatterns(patterns);
    }

    public static WordStartPatterns of(Pattern pattern) {
        return new WordStartPatterns(List.of(pattern));
    }

    /** The matches of each pattern (list k for pattern k) in text[from, to), left to right, not overlapping. */
    public List<List<MatchResult>> findAll(String text, int from, int to) {
        List<List<MatchResult>> out = new ArrayList<>(patterns.size());
        for (int k = 0; k < patterns.size(); k++) {
            out.add(indexed[k] ? new ArrayList<>() : ordinary(patterns.get(k), text, from, to));
        }
        int[] next = new int[patterns.size()];
        Matcher[] matchers = new Matcher[patterns.size()];
        // the region walked word by word: the inner characters of a word are no match start
        for (int i = from, end; i < to; i = end) {
            char first = text.charAt(i);
            end = i + 1;
            if (!Character.isLetterOrDigit(first)) {
                continue;
            }
            while (end < to && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (first < FIRST_CHAR_LIMIT && startingWith(first) == 0) {
                continue;
            }
            long wordMask = startingWith(text, i, end);
            for (long mask = wordMask == 0 ? 0 : wordMask & startingWith(text, i, end, to, wordMask); mask != 0;
                    mask &= mask - 1) {
                int k = Long.numberOfTrailingZeros(mask);
                if (i < next[k]) {
                    continue;
                }
                if (matchers[k] == null) {
                    matchers[k] = patterns.get(k).matcher(text);
                }
                Matcher m = matchers[k];
                // at the region's start the boundary is judged as find() would (nothing before it);
                // further in, the leading \b must see the character before
                m.region(i, to).useTransparentBounds(i > from);
                if (m.lookingAt()) {
                    out.get(k).add(m.toMatchResult());
                    next[k] = Math.max(m.end(), i + 1);
                }
            }
        }
        return out;
    }

    /** The matches of the only pattern (see {@link #findAll}). */
    public List<MatchResult> find(String text, int from, int to) {
        return findAll(text, from, to).get(0);
    }

    private long startingWith(char first) {
        long mask = byFirstChar.get(first);
        if (mask == 0) {
            mask = KNOWN | mask(String.valueOf(first));
            byFirstChar.set(first, mask);
        }
        return mask & ~KNOWN;
    }

    /** The patterns that may match starting with the word text[i, end). */
    private long startingWith(String text, int i, int end) {
        long mask = byFirstWord.get(text, i, end);
        if (mask == RangeMasks.UNKNOWN) {
            mask = mask(text.substring(i, end));
            byFirstWord.put(text, i, end, mask);
        }
        return mask;
    }

    /**
     * The patterns of wordMask that may match starting with the word text[i, end) and the word after
     * it (both are a start of the text, as the word alone is): "in the" may open a cue, "in 2019" not.
     * Remembered per pair, so most words need no regex run at all.
     */
    private long startingWith(String text, int i, int end, int to, long wordMask) {
        int next = end;
        while (next < to && !Character.isLetterOrDigit(text.charAt(next))) {
            next++;
        }
        if (next == to) {
            return wordMask;
        }
        while (next < to && Character.isLetterOrDigit(text.charAt(next))) {
            next++;
        }
        long mask = byFirstPair.get(text, i, next);
        if (mask == RangeMasks.UNKNOWN) {
            mask = mask(text.substring(i, next), wordMask);
            byFirstPair.put(text, i, next, mask);
        }
        return mask;
    }

    /** Bit k set when indexed pattern k may match starting with this text. */
    private long mask(String start) {
        return mask(start, -1L);
    }

    /** As {@link #mask(String)}, trying only the patterns of candidates. */
    private long mask(String start, long candidates) {
        long mask = 0;
        for (int k = 0; k < patterns.size(); k++) {
            if (indexed[k] && (candidates & 1L << k) != 0 && mayStartWith(patterns.get(k), start)) {
                mask |= 1L << k;
            }
        }
        return mask;
    }

    private static List<MatchResult> ordinary(Pattern p, String text, int from, int to) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = p.matcher(text).region(from, to);
        while (m.find()) {
            out.add(m.toMatchResult());
        }
        return out;
    }

    private static boolean mayStartWith(Pattern p, String start) {
        Matcher m = p.matcher(start);
        return m.lookingAt() || m.hitEnd();
    }

    /** Probes punctuation and symbols of Latin-1, Latin Extended and General Punctuation (quotes, dashes). */
    private static boolean mayStartWithNonWord(Pattern p) {
        for (char c = 0; c < 0x2070; c = c == 0x250 ? 0x2000 : (char) (c + 1)) {
            if (!Character.isLetterOrDigit(c) && mayStartWith(p, String.valueOf(c))) {
                return true;
            }
        }
        return false;
    }
}
