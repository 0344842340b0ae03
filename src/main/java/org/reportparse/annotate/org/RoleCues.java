package org.reportparse.annotate.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.reportparse.annotate.Span;
import org.reportparse.annotate.WordStartPatterns;

/**
 * The role an organization plays, read from cue phrases in its sentence (roles.tsv). The nearest
 * active cue wins ("organized by X" -> organizer, "X hosted" -> host); attendee and background cues
 * ("officials from X", "met with X") exclude the organization only when no active cue is present.
 */
final class RoleCues {
    static final String DEFAULT_ROLE = "partner";
    static final Set<String> PASSIVE = Set.of("attendee", "background");
    private static final String PRESENTER = "presenter";

    private enum Side { BEFORE, AFTER, ADJACENT, FOLLOWS }

    /** After a verb cue, the agent of a passive ("funded by"): the cue is then not about the name before it. */
    private static final Pattern PASSIVE_AGENT = Pattern.compile("\\s+(?:jointly\\s+)?(?:by|por)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A passive's auxiliary right before a verb cue (an adverb may stand between): "were presented", "was also funded". */
    private static final Pattern AUXILIARY_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:was|were|is|are|be|been|being|fue|fueron|es|son|sido)\\s+(?:\\p{L}+ly\\s+)?(?:co-?)?$",
            Pattern.CASE_INSENSITIVE);
    /** Nothing but an article between a cue and the name after it. */
    private static final Pattern ADJACENT_GAP = Pattern.compile("\\s*(?:(?:the|el|la|los|las)\\s+)?",
            Pattern.CASE_INSENSITIVE);

    private record Cue(String role, Side side, Pattern pattern) {}

    /** A role, and whether a cue phrase gave it (false: the default for a plain mention). */
    record Role(String name, boolean cued) {}

    private final List<Cue> cues;
    /** The cues read in every sentence (all but the adjacency cues), searched together word by word. */
    private final List<Cue> scanned;
    private final WordStartPatterns scannedPatterns;

    private RoleCues(List<Cue> cues) {
        this.cues = cues;
        this.scanned = cues.stream().filter(c -> c.side() != Side.ADJACENT && c.side() != Side.FOLLOWS).toList();
        this.scannedPatterns = WordStartPatterns.of(scanned.stream().map(Cue::pattern).toList());
    }

    static RoleCues builtIn() {
        return new RoleCues(Resources.table("roles.tsv").stream()
                .map(r -> new Cue(r[0], Side.valueOf(r[1].toUpperCase(java.util.Locale.ROOT)),
                        Pattern.compile(anyBreak(r[2]), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
                .toList());
    }

    /**
     * A cue's words as written in roles.tsv, one space apart, may stand at a line's end and the next one's start in
     * hard-wrapped text ("... needs with" / "the support of the Government of Canada"): any run of white space.
     */
    private static String anyBreak(String regex) {
        return regex.replace(" ", "\\s+");
    }

    /** A cue phrase found in a sentence. */
    private record Hit(String role, Side side, int start, int end) {}

    /** The cue phrases of one sentence, read once for all its mentions. */
    final class InSentence {
        private final String sentence;
        private final List<Hit> hits = new ArrayList<>();

        private InSentence(String sentence) {
            this.sentence = sentence;
            List<List<MatchResult>> found = scannedPatterns.findAll(sentence, 0, sentence.length());
            for (int k = 0; k < scanned.size(); k++) {
                Cue c = scanned.get(k);
                for (MatchResult m : found.get(k)) {
                    if (c.side() == Side.AFTER && (PASSIVE_AGENT.matcher(sentence).region(m.end(), sentence.length()).lookingAt()
                            || AUXILIARY_BEFORE.matcher(sentence).region(Math.max(0, m.start() - 24), m.start()).find())) {
                        // "X ... and funded by Y", "Project X was presented as an example": a passive verb's subject
                        // is what was funded or presented, not who did it
                        continue;
                    }
                    hits.add(new Hit(c.role(), c.side(), m.start(), m.end()));
                }
            }
        }

        /**
         * Where in the sentence (as offsets of it) a mention must lie, wholly, for {@link #role} to
         * call its role cued: after an active cue that precedes its organization ("organized by ..."),
         * or before one that follows it ("... hosted the meeting").
         */
        List<Span> cuedStretches() {
            int afterCue = Integer.MAX_VALUE;
            int beforeCue = -1;
            for (Hit h : hits) {
                if (PASSIVE.contains(h.role())) {
                    continue;
                }
                if (h.side() == Side.BEFORE) {
                    afterCue = Math.min(afterCue, h.end());
                } else {
                    beforeCue = Math.max(beforeCue, h.start());
                }
            }
            if (afterCue <= beforeCue) {
                return List.of(new Span(0, sentence.length()));
            }
            List<Span> out = new ArrayList<>(2);
            if (beforeCue > 0) {
                out.add(new Span(0, beforeCue));
            }
            if (afterCue < sentence.length()) {
                out.add(new Span(afterCue, sentence.length()));
            }
            // a stretch starts at each later cue too, inside the first, as a name right after a cue is read
            // there: "delivered with the support of WaterAid" (the first cue is "delivered with")
            // (a loop over the few hits: a stream here cost more than the cue scan)
            int[] later = new int[hits.size()];
            int n = 0;
            for (Hit h : hits) {
                if (h.side() == Side.BEFORE && !PASSIVE.contains(h.role()) && h.end() > afterCue && h.end() < sentence.length()) {
                    later[n++] = h.end();
                }
            }
            Arrays.sort(later, 0, n);
            for (int k = 0; k < n; k++) {
                if (k == 0 || later[k] != later[k - 1]) {
                    out.add(new Span(later[k], sentence.length()));
                }
            }
            return out;
        }

        /** The role of the mention at [start, end) of the sentence, or null when it is only an attendee, background or venue. */
        Role role(int start, int end) {
            // "held at INTECAP's headquarters": its premises make it the host, though a venue's "at" stands before;
            // "the X Mission report": the organization's document is what the sentence is about
            String follows = followingRole(end);
            if (follows != null && !PASSIVE.contains(follows)) {
                return new Role(follows, true);
            }
            boolean passive = follows != null;
            for (Cue c : cues) {
                if (c.side() == Side.ADJACENT
                        && c.pattern().matcher(sentence.substring(Math.max(0, start - 12), start)).find()) {
                    return null; // "held at the Vienna International Centre": a venue
                }
            }
            // "the Secretary General of the OAS": an office held by a person, its body only their employer
            int office = OfficeOf.titleBefore(sentence, 0, start);
            String active = null;
            int activeDistance = Integer.MAX_VALUE;
            for (Hit h : hits) {
                int distance = h.side() == Side.BEFORE ? start - h.end() : h.start() - end;
                if (distance < 0) {
                    continue;
                }
                // A cue right before the name (an article at most between) is read before any cue after
                // it: "in cooperation with the Border Service ..., conducted", "Trainers from the Federal
                // Police delivered" (the verb's subject is the trainers or the first organizer).
                boolean adjacent = h.side() == Side.BEFORE && ADJACENT_GAP.matcher(sentence).region(h.end(), start).matches();
                if (office >= 0 && !PASSIVE.contains(h.role())
                        && h.side() == Side.BEFORE && ADJACENT_GAP.matcher(sentence).region(h.end(), office).matches()) {
                    // "organized by the Director of the Institute": the cue names the office's body
                    return new Role(h.role(), true);
                }
                distance = adjacent ? 0 : 2 * distance + 1;
                if (PASSIVE.contains(h.role())) {
                    passive = true;
                } else if (distance < activeDistance) {
                    active = h.role();
                    activeDistance = distance;
                }
            }
            // "the UNDP Resident Representative said": the title after the name is the person's too, but a
            // cue right before the name still gives the body its role ("organized by the UNDP Country Office")
            boolean titled = office >= 0 || activeDistance != 0 && OfficeOf.titleAfter(sentence, end);
            if (titled && !PRESENTER.equals(active)) {
                // "The Secretary General of the OAS sent a message": a person acts, not the OAS; but "the
                // Director General of IIN presented the Institute's work" speaks for the body
                return null;
            }
            return active != null ? new Role(active, true) : passive ? null : new Role(DEFAULT_ROLE, false);
        }

        /** The role of the "follows" cue that starts right at end of the sentence, or null. */
        private String followingRole(int end) {
            for (Cue c : cues) {
                if (c.side() == Side.FOLLOWS && c.pattern().matcher(sentence).region(end, sentence.length()).lookingAt()) {
                    return c.role();
                }
            }
            return null;
        }
    }

    InSentence in(String sentence) {
        return new InSentence(sentence);
    }
}
