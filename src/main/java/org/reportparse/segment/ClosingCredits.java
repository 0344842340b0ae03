package org.reportparse.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportparse.annotate.Sentences;
import org.reportparse.annotate.Span;
import org.reportparse.extract.BlockKind;

/**
 * Thanks or credits given once, after a report's activities, for a group of them: "We thank the Government of
 * Norway and UNICEF for their support of the workshops above". Such a sentence stands under a closing heading
 * ("Acknowledgements") or at the end of the last activity, so no activity or only the last read its partners. A
 * sentence that credits support (closing-credits.tsv "credit") and names the group ("these workshops", "all
 * events", "the trainings described above") becomes part of each activity of the kind it names, or of every
 * activity for a word naming no kind ("activities", "events"). A sentence with a number is left alone: it tells
 * a total or one more event, not who stood behind each.
 */
final class ClosingCredits {
    private static final Pattern CREDIT = Pattern.compile(pattern("credit"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A determiner of the group or a plain "the", up to two words, then the plural word, then what points back. */
    private static final Pattern GROUP = Pattern.compile("(?:" + pattern("group") + "|\\b(?:the|los|las))\\s+"
            + "((?:[\\p{L}-]+\\s+){0,2}?)([\\p{L}-]+s)\\b(\\s+" + pattern("back") + ")?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DETERMINER = Pattern.compile(pattern("group"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Plurals naming any kind of activity. */
    private static final Pattern ANY_ACTIVITY = Pattern.compile("activities|events|actividades|eventos",
            Pattern.CASE_INSENSITIVE);

    private ClosingCredits() {}

    private static String pattern(String kind) {
        return Resources.tsv("closing-credits.tsv").stream().filter(r -> r[0].strip().equals(kind))
                .map(r -> r[1].strip()).findFirst().orElseThrow();
    }

    /** The sections with each closing credit added to the bodies of the activities it names; sections in order. */
    static List<Section> attach(List<Section> sections, List<Unit> units, String text, String language, ActivityWords activities) {
        if (sections.size() < 2) {
            return sections; // one activity reads the whole report already
        }
        Section last = sections.get(sections.size() - 1);
        List<Section> out = new ArrayList<>(sections);
        for (Unit u : units) {
            if (u.span().start() < last.span().start() || u.block().kind() != BlockKind.PARAGRAPH || u.titleLike()) {
                continue; // only prose after the last activity's start
            }
            for (Span sentence : Sentences.shared().split(text, u.span(), language)) {
                String s = sentence.of(text);
                if (!CREDIT.matcher(s).find() || s.chars().anyMatch(Character::isDigit)) {
                    continue;
                }
                List<Integer> named = named(s, out, text, activities);
                for (int i : named) {
                    addToBody(out, i, sentence);
                }
            }
        }
        return out;
    }

    /** The indices of the sections a sentence names as a group, or none. */
    private static List<Integer> named(String sentence, List<Section> sections, String text, ActivityWords activities) {
        Matcher m = GROUP.matcher(sentence);
        while (m.find()) {
            String noun = m.group(2);
            boolean determined = DETERMINER.matcher(sentence.substring(m.start(), m.start(1))).lookingAt();
            boolean pointsBack = m.group(3) != null;
            if (!determined && !pointsBack) {
                continue; // "the workshops" alone may be any workshops
            }
            if (ANY_ACTIVITY.matcher(noun).matches()) {
                List<Integer> all = new ArrayList<>();
                for (int i = 0; i < sections.size(); i++) {
                    all.add(i);
                }
                return all;
            }
            Optional<String> kind = activities.mentionsActivity(noun) ? activities.typeOf(noun) : Optional.empty();
            if (kind.isEmpty() || kind.get().equals("other")) {
                continue;
            }
            List<Integer> same = new ArrayList<>();
            for (int i = 0; i < sections.size(); i++) {
                Span title = sections.get(i).title();
                if (title != null && activities.typeOf(title.of(text)).equals(kind)) {
                    same.add(i);
                }
            }
            if (same.size() > 1) {
                return same;
            }
        }
        return List.of();
    }

    private static void addToBody(List<Section> sections, int i, Span sentence) {
        Section s = sections.get(i);
        if (s.body().stream().anyMatch(b -> b.contains(sentence))) {
            return; // the last activity's own closing sentence
        }
        List<Span> body = new ArrayList<>(s.body());
        body.add(sentence);
        sections.set(i, new Section(s.index(), s.span(), s.title(), s.kind(), s.labels(), s.headerLines(), body));
    }
}
