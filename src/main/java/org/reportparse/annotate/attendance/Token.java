package org.reportparse.annotate.attendance;

/** A word, a digit group or one punctuation character, with its char offsets in the document text. */
record Token(String text, String lower, int start, int end, Type type) {
    enum Type { WORD, NUMBER, PUNCT }

    boolean is(String s) {
        return lower.equals(s);
    }

    /** True when this token starts right where the previous one ends (no space between). */
    boolean touches(Token previous) {
        return previous.end == start;
    }
}
