package org.reportparse.annotate.place;

/**
 * A word, a comma or a break (sentence end, other punctuation, line end) of a text being searched
 * for places. norm is the folded form used as gazetteer key part: lower case, no accents or
 * apostrophes, "st" spelled "saint". allCaps marks acronyms such as "OAS".
 */
record Token(int start, int end, String norm, Type type, boolean capitalized, boolean allCaps) {
    enum Type { WORD, COMMA, BREAK }

    boolean isWord() {
        return type == Type.WORD;
    }
}
