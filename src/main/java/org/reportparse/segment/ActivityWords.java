package org.reportparse.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportparse.annotate.Phrases;

/**
 * Words that name an activity ("seminar", "taller", "round table") and the contract type each
 * maps to, from activity-types.tsv. Used to tell event titles and bullets from other headings and
 * to type an activity by its title.
 */
public final class ActivityWords {
    private record Word(Pattern pattern, String type) {}

    private final List<Word> words = new ArrayList<>();
    /** All words in one alternation, so a text is scanned once; the matched word is typed after. */
    private Pattern any;
    /** Verbs that tell an activity took place ("the committee met"): rows flagged "verb", typed like words. */
    private final List<Word> verbs = new ArrayList<>();
    private Pattern anyVerb;

    /**
     * The alternatives of {@link #any} by their first letter, case-folded as the regex compares
     * letters: mentionsActivity tries only the few that may match at a word's start, where any
     * tried all of them at every character.
     */
    private final Map<Character, Pattern> byInitial = new HashMap<>();

    public static ActivityWords load() {
        ActivityWords w = new ActivityWords();
        List<String> alternatives = new ArrayList<>();
        Map<Character, List<String>> byInitial = new TreeMap<>();
        List<String> verbAlternatives = new ArrayList<>();
        for (String[] row : Resources.tsv("activity-types.tsv")) {
            String word = row[0].strip();
            boolean prefix = word.endsWith("*");
            String stem = Phrases.quote(prefix ? word.substring(0, word.length() - 1) : word); // "round\n table" in wrapped text
            String regex = stem + (prefix ? "\\p{L}*" : "(?![\\p{L}])");
            boolean verb = row.length > 2 && row[2].strip().equals("verb");
            if (verb) {
                verbAlternatives.add(regex);
                w.verbs.add(new Word(Pattern.compile(regex, FLAGS), row[1].strip()));
                continue;
            }
            alternatives.add(regex);
            byInitial.computeIfAbsent(fold(word.charAt(0)), c -> new ArrayList<>()).add(regex);
            w.words.add(new Word(Pattern.compile(regex, FLAGS), row[1].strip()));
        }
        w.any = alternation(alternatives);
        w.anyVerb = alternation(verbAlternatives);
        byInitial.forEach((c, regexes) -> w.byInitial.put(c, alternation(regexes)));
        return w;
    }

    private static Pattern alternation(List<String> regexes) {
        return Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", regexes) + ")", FLAGS);
    }

    /** A letter as CASE_INSENSITIVE | UNICODE_CASE patterns compare it. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Where a title's head ends: a preposition, a colon or a spaced dash. Compiled once (String.split compiled it per title). */
    private static final Pattern HEAD_END =
            Pattern.compile("(?i)\\s(?:on|in|for|of|about|against|at|with|sobre|en|de|para|contra)\\s|:|\\s[-–—]\\s");

    public boolean mentionsActivity(String text) {
        for (int p = 0; p < text.length(); p++) {
            Pattern starting = byInitial.get(fold(text.charAt(p)));
            // the same match as any's find: the alternatives that may start here, the letter before seen through the region
            if (starting != null && (p == 0 || !Character.isLetter(text.codePointBefore(p)))
                    && starting.matcher(text).region(p, text.length()).useTransparentBounds(true).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names an activity after an indefinite article ("organized a regional dialogue", "realizó un taller") or by
     * its proper name ("The 2018 Pacific Regional Conference on Disability was held ..."): a new activity, where
     * "the course" refers back to one already told. Articles: indefinite-articles.tsv.
     */
    public boolean introducesActivity(String text) {
        Matcher m = any.matcher(text);
        while (m.find()) {
            if (properName(text, m.start())) {
                return true;
            }
            String[] before = INTRO_SPLIT.split(text.substring(Math.max(0, m.start() - 40), m.start()).strip());
            // the article, then at most three words before the activity word ("a two-day regional dialogue")
            for (int i = before.length - 1; i >= 0 && i >= before.length - 4; i--) {
                if (ARTICLES.contains(before[i].toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Opens on an activity already told: a definite article and, within three more words, an activity word
     * that is no proper name ("The workshop, which began on Monday, ...", "El taller, que se inició ...").
     * Articles: definite-articles.tsv.
     */
    public boolean refersBack(String text) {
        String[] words = INTRO_SPLIT.split(text.strip(), 6);
        if (words.length < 2 || !DEFINITE.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        Matcher m = any.matcher(text);
        if (!m.find() || properName(text, m.start())) {
            return false;
        }
        int wordsBefore = INTRO_SPLIT.split(text.substring(0, m.start()).strip()).length;
        return wordsBefore <= 4;
    }

    private static final Set<String> DEFINITE = Set.copyOf(Resources.tsv("definite-articles.tsv")
            .stream().map(r -> r[0].strip()).toList());

    /** The activity word at i is capitalized after a capitalized word that does not open the text. */
    private static boolean properName(String text, int i) {
        if (i == 0 || !Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        int end = i;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && start > 0 && Character.isUpperCase(text.charAt(start)) && text.charAt(start - 1) == ' ';
    }

    private static final Pattern INTRO_SPLIT = Pattern.compile("[\\s(]+");
    private static final Set<String> ARTICLES = Set.copyOf(Resources.tsv("indefinite-articles.tsv")
            .stream().map(r -> r[0].strip()).toList());

    /**
     * Whether a heading holds only activity words and the given joining or modifying words (folded as
     * Resources.fold does): "TRAINING", "Field days", "Talleres y cursos", "Formación" name a kind of activity, not one.
     */
    public boolean onlyActivityWords(String heading, Set<String> others) {
        if (!any.matcher(heading).find()) {
            return false;
        }
        for (String w : OTHER_WORDS.split(any.matcher(heading).replaceAll(" "))) {
            if (!w.isEmpty() && !others.contains(Resources.fold(w))) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern OTHER_WORDS = Pattern.compile("[\\s,/]+");

    /** Names an activity or tells one took place ("On 1 December the Steering Committee met in Panama"). */
    public boolean tellsActivity(String text) {
        return mentionsActivity(text) || anyVerb.matcher(text).find();
    }

    /** The type a verb telling an activity gives ("met": meeting), for prose that names none. */
    public Optional<String> typeOfVerb(String text) {
        Matcher m = anyVerb.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return verbs.stream().filter(w -> w.pattern.matcher(m.group()).matches()).map(Word::type).findFirst();
    }

    /**
     * The activity type named by a title: the head noun, i.e. the last activity word before the
     * first preposition or colon ("Anti-TIP Training Seminar in Lima" is a seminar).
     */
    public Optional<String> typeOf(String title) {
        String head = HEAD_END.split(title, 2)[0];
        Optional<String> t = last(head);
        if (t.isPresent() && !t.get().equals("other")) {
            return t;
        }
        // "EVENT SPOTLIGHT: Regional Youth Climate Summit": a generic word ("event") yields to a specific one
        Matcher m = any.matcher(title);
        while (m.find()) {
            String type = typeOfWord(m.group());
            if (!type.equals("other")) {
                return Optional.of(type);
            }
        }
        return t.isPresent() ? t : first(title);
    }

    /**
     * The activity type a paragraph of prose names: its first activity word that is not inside an organization's
     * name ("facilitated by the Pacific Islands Forum Secretariat" names no forum): a capitalized word followed by
     * another capitalized word is.
     */
    public Optional<String> typeOfProse(String text) {
        Matcher m = any.matcher(text);
        String generic = null;
        String run = null; // the last word of a run of adjacent activity words ("a training course" is a course)
        int runEnd = -1;
        while (m.find()) {
            if (Character.isUpperCase(text.charAt(m.start())) && m.start() > 0 && capitalizedWordAt(text, m.end())) {
                continue;
            }
            if (run != null && !text.substring(runEnd, m.start()).isBlank()) {
                break;
            }
            run = m.group();
            runEnd = m.end();
            String type = typeOfWord(run);
            if (type.equals("other")) {
                generic = generic == null ? type : generic;
                run = null;
            }
        }
        return run != null ? Optional.of(typeOfWord(run)) : Optional.ofNullable(generic);
    }

    /**
     * Where the first activity word of prose starts that is not inside an organization's name (see typeOfProse):
     * "completed a three-day training on ..." gives the start of "training"; -1 if none.
     */
    public int firstActivityAt(String text) {
        Matcher m = any.matcher(text);
        while (m.find()) {
            if (!(Character.isUpperCase(text.charAt(m.start())) && m.start() > 0 && capitalizedWordAt(text, m.end()))) {
                return m.start();
            }
        }
        return -1;
    }

    /** Whether the next word after `at` (past spaces) starts with a capital. */
    private static boolean capitalizedWordAt(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i > at && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    private Optional<String> last(String text) {
        Matcher m = any.matcher(text);
        String found = null;
        while (m.find()) {
            found = m.group();
        }
        return Optional.ofNullable(found).map(this::typeOfWord);
    }

    private Optional<String> first(String text) {
        Matcher m = any.matcher(text);
        return m.find() ? Optional.of(typeOfWord(m.group())) : Optional.empty();
    }

    private String typeOfWord(String matched) {
        for (Word w : words) {
            if (w.pattern.matcher(matched).matches()) {
                return w.type;
            }
        }
        return "other";
    }
}
