package org.reportparse.annotate;

import java.util.regex.Pattern;

/**
 * Regular expressions for phrases written in word lists one space apart ("round table", "to be held", "with the
 * support of"). In hard-wrapped text a phrase may stand at a line's end and the next one's start, so a space of the
 * list matches any run of white space (line breaks and indentation included).
 */
public final class Phrases {
    private Phrases() {}

    /** A list's regex with each literal space made any run of white space. */
    public static String anyBreak(String regex) {
        return regex.replace(" ", "\\s+");
    }

    /** A list's literal phrase as a regex: quoted, its spaces any run of white space. */
    public static String quote(String phrase) {
        return Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
    }
}
