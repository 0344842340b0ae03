package org.reportparse.annotate.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role an organization plays, read from cue phrases in its sentence (roles.tsv). The nearest
 * active cue wins ("organized by X" -> organizer, "X hosted" -> host); attendee and background cues
 * ("officials from X", "met with X") exclude the organization only when no active cue is present.
 */
final class RoleCues {
    static final String DEFAULT_ROLE = "partner";
    static final Set<String> PASSIVE = Set.of("attendee", "background");

    private enum Side { BEFORE, AFTER, ADJACENT }

    /**
     * A cue; indexed: whether every match starts at the beginning of a word (the regex opens with a word
     * boundary and no non-word character can come first), so only word starts need trying.
     */
    private record Cue(String role, Side side, Pattern pattern, boolean indexed) {
        static Cue of(String role, Side side, String regex) {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return new Cue(role, side, p, regex.startsWith("\\b") && !mayStartWithNonWord(p));
        }

        private static boolean mayStartWithNonWord(Pattern p) {
            for (char c = 0; c < 0x2070; c = c == 0x250 ? 0x2000 : (char) (c + 1)) {
                if (!Character.isLetterOrDigit(c) && mayStartWith(p, String.valueOf(c))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a match can begin with this text: on the text alone the matcher either matches or runs
         * out of input (hitEnd) along every path that a longer input starting with it could take.
         */
        static boolean mayStartWith(Pattern p, String start) {
            Matcher m = p.matcher(start);
            return m.lookingAt() || m.hitEnd();
        }
    }

    /** Words whose cue masks are remembered; past this, masks are computed afresh (bounded memory). */
    private static final int WORD_CACHE_LIMIT = 200_000;

    /** A role, and whether a cue phrase gave it (false: the default for a plain mention). */
    record Role(String name, boolean cued) {}

    private final List<Cue> cues;
    /** For a word as written: bit k set when cue k may match starting with it (see {@link #cuesStartingWith}). */
    private final Map<String, Long> cuesByFirstWord = new ConcurrentHashMap<>();

    private RoleCues(List<Cue> cues) {
        if (cues.size() > Long.SIZE) {
            throw new IllegalStateException("roles.tsv: at most " + Long.SIZE + " cues, found " + cues.size());
        }
        this.cues = cues;
    }

    /**
     * The indexed cues a match of which can start with this word. Running every cue's case-insensitive
     * regex at every word was the costliest step of partner finding; most words start no cue at all.
     */
    private long cuesStartingWith(String word) {
        Long known = cuesByFirstWord.get(word);
        if (known != null) {
            return known;
        }
        long mask = 0;
        for (int k = 0; k < cues.size(); k++) {
            Cue c = cues.get(k);
            if (c.side() != Side.ADJACENT && c.indexed() && Cue.mayStartWith(c.pattern(), word)) {
                mask |= 1L << k;
            }
        }
        if (cuesByFirstWord.size() < WORD_CACHE_LIMIT) {
            cuesByFirstWord.put(word, mask);
        }
        return mask;
    }

    static RoleCues builtIn() {
        return new RoleCues(Resources.table("roles.tsv").stream()
                .map(r -> Cue.of(r[0], Side.valueOf(r[1].toUpperCase(java.util.Locale.ROOT)), r[2]))
                .toList());
    }

    /** A cue phrase found in a sentence. */
    private record Hit(String role, Side side, int start, int end) {}

    /** The cue phrases of one sentence, read once for all its mentions. */
    final class InSentence {
        private final String sentence;
        private final List<Hit> hits = new ArrayList<>();

        private InSentence(String sentence) {
            this.sentence = sentence;
            List<List<Hit>> byCue = new ArrayList<>();
            for (Cue c : cues) {
                byCue.add(c.side() == Side.ADJACENT ? List.of() : c.indexed() ? new ArrayList<>() : allMatches(c));
            }
            findAtWordStarts(byCue);
            byCue.forEach(hits::addAll); // in cue order, as role() breaks distance ties by it
        }

        /** The matches of the indexed cues, as find() would give them (left to right, not overlapping). */
        private void findAtWordStarts(List<List<Hit>> byCue) {
            int n = sentence.length();
            int[] next = new int[cues.size()];
            Matcher[] matchers = new Matcher[cues.size()];
            for (int i = 0; i < n; i++) {
                if (!Character.isLetterOrDigit(sentence.charAt(i)) || i > 0 && Character.isLetterOrDigit(sentence.charAt(i - 1))) {
                    continue;
                }
                int end = i + 1;
                while (end < n && Character.isLetterOrDigit(sentence.charAt(end))) {
                    end++;
                }
                for (long mask = cuesStartingWith(sentence.substring(i, end)); mask != 0; mask &= mask - 1) {
                    int k = Long.numberOfTrailingZeros(mask);
                    if (i < next[k]) {
                        continue;
                    }
                    if (matchers[k] == null) {
                        // transparent bounds: the leading \b must see the character before the region
                        matchers[k] = cues.get(k).pattern().matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    Matcher m = matchers[k].region(i, n);
                    if (m.lookingAt()) {
                        byCue.get(k).add(new Hit(cues.get(k).role(), cues.get(k).side(), m.start(), m.end()));
                        next[k] = Math.max(m.end(), i + 1);
                    }
                }
            }
        }

        private List<Hit> allMatches(Cue c) {
            List<Hit> out = new ArrayList<>();
            Matcher m = c.pattern().matcher(sentence);
            while (m.find()) {
                out.add(new Hit(c.role(), c.side(), m.start(), m.end()));
            }
            return out;
        }

        /** Whether any active cue is present: names that need a cue can only count then. */
        boolean anyActive() {
            return hits.stream().anyMatch(h -> !PASSIVE.contains(h.role()));
        }

        /** The role of the mention at [start, end) of the sentence, or null when it is only an attendee, background or venue. */
        Role role(int start, int end) {
            for (Cue c : cues) {
                if (c.side() == Side.ADJACENT
                        && c.pattern().matcher(sentence.substring(Math.max(0, start - 12), start)).find()) {
                    return null; // "held at the Vienna International Centre": a venue
                }
            }
            String active = null;
            int activeDistance = Integer.MAX_VALUE;
            boolean passive = false;
            for (Hit h : hits) {
                int distance = h.side() == Side.BEFORE ? start - h.end() : h.start() - end;
                if (distance < 0) {
                    continue;
                }
                if (PASSIVE.contains(h.role())) {
                    passive = true;
                } else if (distance < activeDistance) {
                    active = h.role();
                    activeDistance = distance;
                }
            }
            return active != null ? new Role(active, true) : passive ? null : new Role(DEFAULT_ROLE, false);
        }
    }

    InSentence in(String sentence) {
        return new InSentence(sentence);
    }
}
