package org.reportparse.annotate.date;

/**
 * One token of the date grammar's input. Numbers keep their value and digit count; numeric dates
 * ("05.12.2007", "2007-12-05") are one token whose parts are kept in {@code parts}.
 *
 * @param lower       lower-cased text (words) or the text itself
 * @param capitalized the first character is upper case (English month names must be)
 * @param lineStart   a blank line precedes this token: expressions never cross paragraphs
 * @param ordinal     a number with an ordinal suffix glued to it ("15th", "1º")
 */
record Token(Type type, int start, int end, String lower, boolean capitalized, boolean lineStart,
             int value, int digits, boolean ordinal, int[] parts, char separator) {

    enum Type { WORD, NUM, NUMDATE, OTHERNUM, PUNCT }

    boolean is(Type t) {
        return type == t;
    }

    /** A word no date lexicon has (see {@link Vocabulary#OTHER}): it matches nothing, so no set is asked. */
    boolean isOtherWord() {
        return lower == Vocabulary.OTHER;
    }

    boolean isPunct(char c) {
        return type == Type.PUNCT && lower.charAt(0) == c;
    }
}
