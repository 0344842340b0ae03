package org.reportparse.annotate.attendance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads cardinal numbers written in digits ("45", "1,200", "1.200") or in words, English and
 * Spanish ("forty-two", "two hundred", "cuarenta y dos", "doscientas", "a dozen"). The words and
 * their kinds come from numbers-*.tsv; the small grammar below only says which kind may follow which.
 */
final class NumberReader {
    private enum Kind { ONE, UNIT, TEEN, TEN, HUNDREDS, HUNDRED, SCALE, DOZEN, VAGUE }

    record Word(int value, Kind kind) {}

    /** Thousands groups: "1,200" in English, "1.200" in Spanish (either is read in both), "1 200" with a no-break space. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[.,\\u00A0\\u202F\\u2009]\\d{3})+");

    private final Map<String, Word> words = new HashMap<>();

    static NumberReader load(String... resources) {
        NumberReader r = new NumberReader();
        for (String res : resources) {
            for (String[] row : Lexicon.readTsv(res)) {
                r.words.put(row[0], new Word(Integer.parseInt(row[1]), Kind.valueOf(row[2].toUpperCase())));
            }
        }
        return r;
    }

    boolean isNumberWord(Token t) {
        return word(t) != null;
    }

    /** The number word the token is, or null; looked up at the token's first use (each count reads its neighbours again). */
    private Word word(Token t) {
        if (!t.numberLooked) {
            t.numberWord = words.get(t.lower());
            t.numberLooked = true;
        }
        return t.numberWord;
    }

    /**
     * Whether a number may start at tokens[i]: digits, or a number word; "a", "one", "un" only before
     * a multiplier ("a dozen", "one hundred"), as {@link #read} reads them. read returns null
     * wherever this is false, and "a"/"an"/"un" stand in nearly every sentence.
     */
    boolean mayStartAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.type() != Token.Type.WORD) {
            return t.type() == Token.Type.NUMBER;
        }
        Word w = word(t);
        return w != null && (w.kind != Kind.ONE || nextIsMultiplier(tokens, i + 1));
    }

    /** The number starting at tokens[i], or null when none starts there (ordinals, decimals, plain words). */
    ParsedNumber read(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.type() == Token.Type.NUMBER) {
            return readDigits(tokens, i);
        }
        return t.type() == Token.Type.WORD ? readWords(tokens, i) : null;
    }

    private ParsedNumber readDigits(List<Token> tokens, int i) {
        String s = tokens.get(i).text();
        long v;
        if (allDigits(s)) {
            v = s.length() > 9 ? Long.MAX_VALUE : Long.parseLong(s);
        } else if (GROUPED.matcher(s).matches()) {
            v = Long.parseLong(s.replaceAll("\\D", ""));
        } else {
            return null; // decimal or ordinal: not a head count
        }
        int end = i + 1;
        Word scale = end < tokens.size() ? word(tokens.get(end)) : null;
        if (scale != null && scale.kind == Kind.SCALE) {
            v *= scale.value;
            end++;
        }
        return new ParsedNumber(v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v, i, end, false, true);
    }

    private ParsedNumber readWords(List<Token> tokens, int i) {
        Word first = word(tokens.get(i));
        if (first == null) {
            return null;
        }
        if (first.kind == Kind.VAGUE) {
            boolean followedByOf = i + 1 < tokens.size() && (tokens.get(i + 1).is("of") || tokens.get(i + 1).is("de"));
            return followedByOf ? new ParsedNumber(null, i, i + 1, true, false) : null;
        }
        long total = 0;
        long current = 0;
        Kind last = null;
        boolean approx = false;
        int end = i;
        int j = i;
        while (j < tokens.size()) {
            Word w = word(tokens.get(j));
            if (w == null || !follows(last, w.kind)) {
                break;
            }
            // "one", "a", "un" count alone only before a multiplier ("a dozen"), and after other number
            // words only when joined to them ("forty-one", "treinta y un", "two hundred and one"):
            // "twenty a day" is twenty
            if (w.kind == Kind.ONE && !nextIsMultiplier(tokens, j + 1) && (last == null || j == end)) {
                break;
            }
            switch (w.kind) {
                case HUNDRED -> current = Math.max(current, 1) * 100;
                case SCALE -> {
                    total += Math.max(current, 1) * w.value;
                    current = 0;
                }
                case DOZEN -> {
                    current = Math.max(current, 1) * w.value;
                    approx = true;
                }
                default -> current += w.value;
            }
            last = w.kind;
            end = j + 1;
            j = skipJoiner(tokens, j + 1, last);
        }
        if (last == null || last == Kind.ONE && end == i + 1) {
            return null; // a lone "one" or "a": see mayStartAt
        }
        return new ParsedNumber((int) Math.min(Integer.MAX_VALUE, total + current), i, end, approx, false);
    }

    /** \d+ (ASCII digits, as the regex reads them) as a loop: every year and day in a counted sentence is read here. */
    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Which kind of number word may come after which ("forty" then "two", "two" then "hundred"). */
    private static boolean follows(Kind last, Kind next) {
        if (last == null) {
            return next != Kind.HUNDRED && next != Kind.VAGUE;
        }
        return switch (next) {
            case ONE, UNIT -> last == Kind.TEN || last == Kind.HUNDRED || last == Kind.HUNDREDS || last == Kind.SCALE;
            case TEEN, TEN -> last == Kind.HUNDRED || last == Kind.HUNDREDS || last == Kind.SCALE;
            case HUNDREDS -> last == Kind.SCALE;
            case HUNDRED -> last == Kind.ONE || last == Kind.UNIT || last == Kind.TEEN;
            case SCALE -> last != Kind.SCALE && last != Kind.DOZEN;
            case DOZEN -> last == Kind.ONE || last == Kind.UNIT;
            case VAGUE -> false;
        };
    }

    private boolean nextIsMultiplier(List<Token> tokens, int j) {
        Word w = j < tokens.size() ? word(tokens.get(j)) : null;
        return w != null && (w.kind == Kind.HUNDRED || w.kind == Kind.SCALE || w.kind == Kind.DOZEN);
    }

    /** Skips "-" in "forty-two", "y" in "cuarenta y dos", "and" in "two hundred and fifty" when a number word follows. */
    private int skipJoiner(List<Token> tokens, int j, Kind last) {
        if (j + 1 >= tokens.size() || word(tokens.get(j + 1)) == null) {
            return j;
        }
        Token t = tokens.get(j);
        boolean hyphen = t.is("-") && t.touches(tokens.get(j - 1)) && tokens.get(j + 1).touches(t);
        boolean y = t.is("y") && last == Kind.TEN;
        boolean and = t.is("and") && (last == Kind.HUNDRED || last == Kind.SCALE);
        return hyphen || y || and ? j + 1 : j;
    }
}
