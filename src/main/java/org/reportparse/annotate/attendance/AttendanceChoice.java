package org.reportparse.annotate.attendance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.reportparse.annotate.Span;
import org.reportparse.model.AttendanceValue;

/**
 * Picks the activity's attendance among counts: a stated total wins; otherwise the counts with the
 * strongest tie to the activity are added up (sub-sessions), keeping the weakest qualifier.
 */
final class AttendanceChoice {
    /** Larger numbers are populations ("two million children"), not attendance. */
    static final int MAX_ATTENDANCE = 100_000;

    private AttendanceChoice() {}

    /** A count in a participants label or cell: any count of people, or a bare number, is the attendance. */
    static int labelStrength(CountMention m) {
        return switch (m.kind()) {
            case PARTICIPANTS, PEOPLE, POPULATION, STAFF, NONE, UNKNOWN, CAPACITY -> 3;
            case THING -> -1;
        };
    }

    /**
     * A count in prose: 2 when tied to taking part (a participant noun, a cue word, "for 60",
     * "trained 40 paralegals", or "and 45 in Y" after a counted group), 1 for other people and for
     * those who ran the activity, 0 for places offered, -1 for no attendance.
     */
    static int bodyStrength(CountMention m, List<CountMention> sameSentencePeople) {
        return switch (m.kind()) {
            case PARTICIPANTS -> 2;
            case PEOPLE -> m.cue() || m.adjacentCue() ? 2 : 1;
            case POPULATION -> m.cue() || m.adjacentCue() ? 2 : -1;
            case STAFF -> 1;
            case CAPACITY -> 0;
            case NONE -> m.adjacentCue() || m.coordinated() && tiedGroupBefore(m, sameSentencePeople) ? 2 : -1;
            case UNKNOWN -> m.adjacentCue() && m.cue() || m.coordinated() && tiedGroupBefore(m, sameSentencePeople) ? 2 : -1;
            case THING -> -1;
        };
    }

    /** "and 45 in Y" continues a group counted before it in the sentence, when that group took part. */
    private static boolean tiedGroupBefore(CountMention m, List<CountMention> sameSentencePeople) {
        return !sameSentencePeople.isEmpty()
                && (m.cue() || sameSentencePeople.stream().anyMatch(p -> p.kind() == CountedKind.PARTICIPANTS));
    }

    private static List<Scored> unlessAlone(List<Scored> usable, Predicate<Scored> weak) {
        return usable.stream().allMatch(weak) ? usable : usable.stream().filter(weak.negate()).toList();
    }

    record Scored(CountMention mention, int strength) {}

    static AttendanceValue choose(List<Scored> scored, String text) {
        List<Scored> usable = scored.stream()
                .filter(s -> s.strength() >= 0)
                .filter(s -> s.mention().count() != null && s.mention().count() >= 2
                        && s.mention().count() <= MAX_ATTENDANCE)
                .filter(s -> !s.mention().part() && !s.mention().background())
                .toList();
        if (usable.isEmpty()) {
            return null;
        }
        // speakers and trainers, and targets, are counted only when nothing else is
        usable = unlessAlone(usable, s -> s.mention().kind() == CountedKind.STAFF);
        usable = unlessAlone(usable, s -> s.mention().planned());
        Scored total = usable.stream().filter(s -> s.mention().total() && s.strength() >= 1)
                .max(Comparator.comparingInt(Scored::strength)).orElse(null);
        if (total != null) {
            return value(List.of(total.mention()), text);
        }
        int best = usable.stream().mapToInt(Scored::strength).max().orElseThrow();
        List<CountMention> top = usable.stream().filter(s -> s.strength() == best).map(Scored::mention).toList();
        List<CountMention> fresh = top.stream().filter(m -> !m.anaphoric()).toList();
        List<CountMention> parts = withoutRestatements(fresh.isEmpty() ? top : fresh);
        // Weak counts (people named without a tie to taking part) are not added up: the first is the headline.
        return value(best >= 2 ? parts : parts.subList(0, 1), text);
    }

    /**
     * "35 participants attended ... At the end, 35 participants received certificates": the same
     * number of the same people in a later sentence is the same group, not a second session.
     */
    private static List<CountMention> withoutRestatements(List<CountMention> parts) {
        List<CountMention> kept = new ArrayList<>();
        for (CountMention m : parts) {
            boolean restated = kept.stream().anyMatch(k -> k.sentence() != m.sentence()
                    && k.count().equals(m.count()) && sameNoun(k.counted(), m.counted()));
            if (!restated) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean sameNoun(String a, String b) {
        return a == null || b == null || a.equalsIgnoreCase(b);
    }

    private static AttendanceValue value(List<CountMention> parts, String text) {
        int sum = parts.stream().mapToInt(CountMention::count).sum();
        Qualifier q = Qualifier.ofSum(parts.stream().map(CountMention::qualifier).toList());
        Span span = new Span(parts.get(0).span().start(), parts.get(parts.size() - 1).span().end());
        List<String> texts = new ArrayList<>();
        parts.forEach(p -> texts.add(p.span().of(text)));
        return new AttendanceValue(sum, q.code(), String.join(" + ", texts), span);
    }
}
