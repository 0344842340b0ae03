package org.reportparse.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that name an activity ("seminar", "taller", "round table") and the contract type each
 * maps to, from activity-types.tsv. Used to tell event titles and bullets from other headings and
 * to type an activity by its title.
 */
public final class ActivityWords {
    private record Word(Pattern pattern, String type) {}

    private final List<Word> words = new ArrayList<>();

    public static ActivityWords load() {
        ActivityWords w = new ActivityWords();
        for (String[] row : Resources.tsv("activity-types.tsv")) {
            String word = row[0].strip();
            boolean prefix = word.endsWith("*");
            String stem = Pattern.quote(prefix ? word.substring(0, word.length() - 1) : word);
            String regex = "(?<![\\p{L}])" + stem + (prefix ? "\\p{L}*" : "(?![\\p{L}])");
            w.words.add(new Word(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), row[1].strip()));
        }
        return w;
    }

    public boolean mentionsActivity(String text) {
        for (Word w : words) {
            if (w.pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The activity type named by a title: the head noun, i.e. the last activity word before the
     * first preposition or colon ("Anti-TIP Training Seminar in Lima" is a seminar).
     */
    public Optional<String> typeOf(String title) {
        String head = title.split("(?i)\\s(?:on|in|for|of|about|against|at|with|sobre|en|de|para|contra)\\s|:|\\s[-–—]\\s", 2)[0];
        Optional<String> t = last(head);
        return t.isPresent() ? t : first(title);
    }

    private Optional<String> last(String text) {
        int best = -1;
        String type = null;
        for (Word w : words) {
            Matcher m = w.pattern.matcher(text);
            while (m.find()) {
                if (m.start() > best) {
                    best = m.start();
                    type = w.type;
                }
            }
        }
        return Optional.ofNullable(type);
    }

    private Optional<String> first(String text) {
        int best = Integer.MAX_VALUE;
        String type = null;
        for (Word w : words) {
            Matcher m = w.pattern.matcher(text);
            if (m.find() && m.start() < best) {
                best = m.start();
                type = w.type;
            }
        }
        return Optional.ofNullable(type);
    }
}
