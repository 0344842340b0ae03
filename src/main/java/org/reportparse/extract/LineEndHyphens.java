package org.reportparse.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins the lines of a paragraph laid out by a PDF, undoing hyphenation: justified reports break words
 * at line ends ("the partici-" / "pants", "Guate-" / "mala"), and a word cut in two is no count noun,
 * place or name to the annotators. A compound's own hyphen is kept ("co-" / "organized"), judged by its
 * parts (line-end-hyphens.tsv): without a dictionary the common compound parts are the evidence.
 */
final class LineEndHyphens {
    private static final Set<String> FIRST = new HashSet<>();
    private static final Set<String> SECOND = new HashSet<>();

    static {
        for (String[] row : WordLists.rows("line-end-hyphens.tsv")) {
            (row[1].equals("first") ? FIRST : SECOND).add(row[0]);
        }
    }

    private LineEndHyphens() {}

    /** The lines as one paragraph: a newline between lines, none where a word was broken across them. */
    static String join(List<String> lines) {
        StringBuilder out = new StringBuilder(lines.isEmpty() ? "" : lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            appendLine(out, lines.get(i));
        }
        return out.toString();
    }

    /** Appends the next line of the text in out (also across a page break): after a newline or into a broken word. */
    static void appendLine(StringBuilder out, String next) {
        String line = out.substring(out.lastIndexOf("\n") + 1);
        switch (lineEnd(line, next)) {
            case HYPHENATION -> out.setLength(out.length() - 1); // "partici-" + "pants": one word again
            case COMPOUND -> { } // "co-" + "organized": the hyphen stays, the parts join
            case LINE -> out.append('\n');
        }
        out.append(next);
    }

    private enum End { LINE, HYPHENATION, COMPOUND }

    /** What a line's end is: a letter and a hyphen before a line opening on a letter breaks a word. */
    private static End lineEnd(String line, String next) {
        int n = line.length();
        if (n < 3 || !isHyphen(line.charAt(n - 1)) || !Character.isLetter(line.charAt(n - 2))
                || next.isEmpty() || !Character.isLetter(next.charAt(0))) {
            return End.LINE;
        }
        if (line.charAt(n - 1) == '\u00AD') {
            return End.HYPHENATION; // a soft hyphen is only ever shown at a break
        }
        // "Inter-" + "American": a capital after the break is a compound's part (names are not hyphenated)
        return Character.isUpperCase(next.charAt(0)) || compound(line, next) ? End.COMPOUND : End.HYPHENATION;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u00AD' || c == '\u2010';
    }

    private static boolean compound(String line, String next) {
        int start = line.length() - 1;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        String first = line.substring(start, line.length() - 1).toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < next.length() && Character.isLetter(next.charAt(end))) {
            end++;
        }
        String second = next.substring(0, end).toLowerCase(Locale.ROOT);
        // a hyphen before the part on this line ("well-to-" + "do") is a compound's too
        boolean innerHyphen = start > 0 && isHyphen(line.charAt(start - 1));
        return FIRST.contains(first) || SECOND.contains(second) || innerHyphen;
    }
}
