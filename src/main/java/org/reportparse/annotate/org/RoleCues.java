package org.reportparse.annotate.org;

import java.util.List;
import java.util.Set;
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

    private record Cue(String role, Side side, Pattern pattern) {}

    /** A role, and whether a cue phrase gave it (false: the default for a plain mention). */
    record Role(String name, boolean cued) {}

    private final List<Cue> cues;

    private RoleCues(List<Cue> cues) {
        this.cues = cues;
    }

    static RoleCues builtIn() {
        return new RoleCues(Resources.table("roles.tsv").stream()
                .map(r -> new Cue(r[0], Side.valueOf(r[1].toUpperCase(java.util.Locale.ROOT)),
                        Pattern.compile(r[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
                .toList());
    }

    /** The role of the mention at [start, end) of sentence, or null when it is only an attendee or background. */
    Role role(String sentence, int start, int end) {
        String active = null;
        int activeDistance = Integer.MAX_VALUE;
        boolean passive = false;
        for (Cue c : cues) {
            if (c.side() == Side.ADJACENT) {
                if (c.pattern().matcher(sentence.substring(Math.max(0, start - 12), start)).find()) {
                    return null; // "held at the Vienna International Centre": a venue
                }
                continue;
            }
            Matcher m = c.pattern().matcher(sentence);
            while (m.find()) {
                int distance = c.side() == Side.BEFORE ? start - m.end() : m.start() - end;
                if (distance < 0) {
                    continue;
                }
                if (PASSIVE.contains(c.role())) {
                    passive = true;
                } else if (distance < activeDistance) {
                    active = c.role();
                    activeDistance = distance;
                }
            }
        }
        return active != null ? new Role(active, true) : passive ? null : new Role(DEFAULT_ROLE, false);
    }
}
