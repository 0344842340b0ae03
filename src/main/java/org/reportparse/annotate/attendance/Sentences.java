package org.reportparse.annotate.attendance;

import java.util.ArrayList;
import java.util.List;

/** Splits a token list into sentences (and semicolon clauses): [start, end) token index pairs. */
final class Sentences {
    private Sentences() {}

    static List<int[]> split(List<Token> tokens, Lexicon lexicon) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (endsSentence(tokens, i, lexicon)) {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            out.add(new int[] {start, tokens.size()});
        }
        return out;
    }

    private static boolean endsSentence(List<Token> tokens, int i, Lexicon lexicon) {
        Token t = tokens.get(i);
        if (t.is(";") || t.is("!") || t.is("?")) {
            return true;
        }
        if (!t.is(".") || i + 1 >= tokens.size()) {
            return false;
        }
        Token prev = i > 0 ? tokens.get(i - 1) : null;
        if (prev != null && (lexicon.has("abbreviation", prev.lower()) || isInitial(prev))) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return Character.isUpperCase(next.text().charAt(0)) || next.type() == Token.Type.NUMBER
                || !Character.isLetter(next.text().charAt(0));
    }

    /** "D.C.", "U.S.": a single letter before a period. */
    private static boolean isInitial(Token t) {
        return t.type() == Token.Type.WORD && t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }
}
