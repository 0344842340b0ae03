package org.reportparse.annotate.org;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Letter/digit runs of a text with their offsets: the unit registry names are matched on. */
final class Words {
    record Word(int start, int end, String raw, String key) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Words() {}

    static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Word(m.start(), m.end(), m.group(), Names.key(m.group())));
        }
        return out;
    }

    static List<Word> of(String text) {
        return of(text, 0, text.length());
    }
}
