package org.reportparse.annotate.attendance;

/**
 * A word, a digit group or one punctuation character, with its char offsets in the document text.
 * The rules ask the lexicon and the number words about the same token many times (each category,
 * each rule): the answers are looked up once, at the first question, and kept here.
 */
final class Token {
    enum Type { WORD, NUMBER, PUNCT }

    private final String text;
    private final String lower;
    private final int start;
    private final int end;
    private final Type type;
    /** The lexicon's entry for lower (Lexicon.NONE when it has none), null until first asked. */
    Lexicon.Entry lexiconEntry;
    /** The number word lower is, valid once numberLooked is set (null: no number word). */
    NumberReader.Word numberWord;
    boolean numberLooked;

    Token(String text, String lower, int start, int end, Type type) {
        this.text = text;
        this.lower = lower;
        this.start = start;
        this.end = end;
        this.type = type;
    }

    String text() {
        return text;
    }

    String lower() {
        return lower;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    Type type() {
        return type;
    }

    boolean is(String s) {
        return lower.equals(s);
    }

    /** True when this token starts right where the previous one ends (no space between). */
    boolean touches(Token previous) {
        return previous.end == start;
    }

    @Override
    public String toString() {
        return text + "@" + start;
    }
}
