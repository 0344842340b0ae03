package org.reportparse.annotate.place;

import java.util.List;
import org.reportparse.annotate.Span;

/**
 * "The review meeting was held in the capital", "se realizó en la capital": a cue, an article and the word
 * for a capital that no name follows name the capital of the report's own country. Money senses ("in the
 * capital markets") are not read: only a break or a word of words.tsv "aftercapital" may follow.
 */
final class HomeCapital {
    private final WordLists words;

    HomeCapital(WordLists words) {
        this.words = words;
    }

    /** The first such mention in text[from, to), as the home country's capital, or null. */
    PlaceMention find(CharSequence text, int from, int to, Country home) {
        if (home == null || home.capital() == null || !mayName(text, from, to)) {
            return null;
        }
        List<Token> ts = Tokenizer.tokens(text, from, to);
        for (int i = 2; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.isWord() && words.has("capital", t.norm()) && ts.get(i - 1).isWord()
                    && words.has("article", ts.get(i - 1).norm()) && ts.get(i - 2).isWord()
                    && words.has("cue", ts.get(i - 2).norm()) && endsName(ts, i + 1)) {
                return new PlaceMention(new Span(ts.get(i - 1).start(), t.end()), home.capital(), home);
            }
        }
        return null;
    }

    /** What may follow: nothing, a break (not a comma, which brings the name), or a word such as "on" or "city". */
    private boolean endsName(List<Token> ts, int next) {
        if (next >= ts.size()) {
            return true;
        }
        Token t = ts.get(next);
        return t.type() == Token.Type.BREAK || t.isWord() && words.has("aftercapital", t.norm());
    }

    /** A cheap test before tokenizing: the text holds "capital" in any case. */
    private static boolean mayName(CharSequence text, int from, int to) {
        String word = "capital";
        for (int i = from; i + word.length() <= to; i++) {
            if (Character.toLowerCase(text.charAt(i)) == 'c' && matches(text, i, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(CharSequence text, int at, String word) {
        for (int k = 1; k < word.length(); k++) {
            if (Character.toLowerCase(text.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
