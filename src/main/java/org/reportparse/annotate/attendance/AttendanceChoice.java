package org.reportparse.annotate.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.reportparse.annotate.Span;
import org.reportparse.model.AttendanceValue;

/**
 * Picks the activity's attendance among counts: a stated total wins; otherwise the counts with the
 * strongest tie to the activity are added up (sub-sessions), keeping the weakest qualifier.
 */
final class AttendanceChoice {
    /** Larger numbers are populations ("two million children"), not attendance... */
    static final int MAX_ATTENDANCE = 100_000;
    /** ...unless people are said to have been there: "an estimated 120,000 people joined the march". */
    static final int MAX_TURNOUT = 10_000_000;

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

    private static int maximum(CountMention m) {
        boolean people = m.kind() == CountedKind.PEOPLE || m.kind() == CountedKind.PARTICIPANTS;
        return people && m.turnout() && !m.planned() ? MAX_TURNOUT : MAX_ATTENDANCE;
    }

    /** The scored counts that are not weak, or all of them when every one is. */
    private static List<Scored> unlessAlone(List<Scored> usable, Predicate<Scored> weak) {
        List<Scored> strong = new ArrayList<>();
        for (Scored s : usable) {
            if (!weak.test(s)) {
                strong.add(s);
            }
        }
        return strong.isEmpty() ? usable : strong;
    }

    record Scored(CountMention mention, int strength) {}

    /** Loops rather than streams: this runs for every section, two or three times. */
    static AttendanceValue choose(List<Scored> scored, String text) {
        List<CountMention> breakdown = breakdowns(scored);
        List<Scored> usable = new ArrayList<>();
        for (Scored s : scored) {
            CountMention m = s.mention();
            if (s.strength() >= 0 && m.count() != null && m.count() >= 2 && m.count() <= maximum(m)
                    && !m.part() && !m.background() && !breakdown.contains(m)) {
                usable.add(s);
            }
        }
        if (usable.isEmpty()) {
            return null;
        }
        // speakers and trainers, targets and counts per session are counted only when nothing else is
        usable = unlessAlone(usable, s -> s.mention().kind() == CountedKind.STAFF);
        usable = unlessAlone(usable, s -> s.mention().planned());
        usable = unlessAlone(usable, s -> s.mention().perSession());
        Scored total = null; // the strongest stated total, the first among equals
        int best = Integer.MIN_VALUE;
        for (Scored s : usable) {
            if (s.mention().total() && s.strength() >= 1 && (total == null || s.strength() > total.strength())) {
                total = s;
            }
            best = Math.max(best, s.strength());
        }
        if (total != null) {
            return value(List.of(total.mention()), text);
        }
        List<CountMention> top = new ArrayList<>();
        List<CountMention> fresh = new ArrayList<>();
        for (Scored s : usable) {
            if (s.strength() == best) {
                top.add(s.mention());
                if (!s.mention().anaphoric()) {
                    fresh.add(s.mention());
                }
            }
        }
        List<CountMention> parts = withoutRestatements(fresh.isEmpty() ? top : fresh);
        CountMention only = parts.get(0);
        if (parts.size() == 1 && only.perSession() && only.sessions() >= 2) {
            // "Three webinars ..., each attended by about 90" and no total: the sessions' sum, as for counts given one by one
            return new AttendanceValue(only.count() * only.sessions(), only.qualifier().code(), only.span().of(text),
                    only.span());
        }
        // Weak counts (people named without a tie to taking part) are not added up: the first is the headline.
        return value(best >= 2 ? parts : parts.subList(0, 1), text);
    }

    /**
     * "Ninety-two health workers were trained in two groups: 48 in Zomba and 44 in Machinga": the counts after a
     * group's in its sentence that add up to it exactly are its breakdown, not more people.
     */
    private static List<CountMention> breakdowns(List<Scored> scored) {
        List<CountMention> out = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            CountMention group = scored.get(i).mention();
            if (group.count() == null || group.count() < 4 || group.kind() == CountedKind.THING) {
                continue;
            }
            List<CountMention> after = new ArrayList<>();
            int sum = 0;
            for (int j = i + 1; j < scored.size() && scored.get(j).mention().sentence() == group.sentence(); j++) {
                CountMention m = scored.get(j).mention();
                if (m.count() != null && m.kind() != CountedKind.THING && m.kind() != CountedKind.CAPACITY) {
                    after.add(m);
                    sum += m.count();
                }
            }
            if (after.size() >= 2 && sum == group.count()) {
                out.addAll(after);
            }
        }
        return out;
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
        int sum = 0;
        List<Qualifier> qualifiers = new ArrayList<>(parts.size());
        List<String> texts = new ArrayList<>(parts.size());
        for (CountMention p : parts) {
            sum += p.count();
            qualifiers.add(p.qualifier());
            texts.add(p.span().of(text));
        }
        Span span = new Span(parts.get(0).span().start(), parts.get(parts.size() - 1).span().end());
        return new AttendanceValue(sum, Qualifier.ofSum(qualifiers).code(), String.join(" + ", texts), span);
    }
}
