package org.reportparse.annotate.place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits text into place-matching tokens. Gazetteer names go through the same tokenizer, so
 * "Washington, D.C." in a name and in a text give the same key ("washington , d c").
 */
final class Tokenizer {
    /** A period after these does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("st", "ste", "mt", "ft", "sta", "sto", "pto", "cd", "gral");
    private static final Map<String, String> SPELLED = Map.of("st", "saint", "ste", "sainte", "mt", "mount",
            "ft", "fort", "sta", "santa", "sto", "santo", "pto", "puerto");
    /** Longer words cannot be abbreviations: they skip the look-ups (hashing every word showed in profiles). */
    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    private Tokenizer() {}

    static List<Token> tokens(CharSequence text, int from, int to) {
        return tokens(text, from, to, null);
    }

    /** The norm of an inert token (see {@link #tokens(CharSequence, int, int, WordHashes)}). */
    static final String INERT = "";

    /**
     * Tokens as above for a scan that reads only capitalized words and a few lower-case ones (the
     * whole-document country scan): a word not capitalized, in plain ASCII and not among read, and
     * every break, are inert to it, and each run of them is one inert break with the norm
     * {@link #INERT}. Such a scan sees the same neighbours (none it reads) and skips copying and
     * lower-casing most of the text's words. read must hold the abbreviations, whose norms are spelled out.
     */
    static List<Token> tokens(CharSequence text, int from, int to, WordHashes read) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c)) {
                int s = i;
                StringBuilder elided = null; // only a word with an inner apostrophe ("O'Higgins") is copied char by char
                boolean lowerCase = false;
                boolean ascii = true;
                while (i < to) {
                    char d = text.charAt(i);
                    if (isLetterOrDigit(d)) {
                        if (elided != null) {
                            elided.append(d);
                        }
                        lowerCase |= d >= 'a' && d <= 'z' || d >= 128 && Character.isLowerCase(d);
                        ascii &= d < 128;
                    } else if (!isApostrophe(d) || i + 1 >= to || !Character.isLetter(text.charAt(i + 1))
                            || isPossessive(text, i, to)) {
                        break;
                    } else if (elided == null) {
                        elided = new StringBuilder().append(text, s, i);
                    }
                    i++;
                }
                boolean capitalized = capitalized(text, s, i);
                if (read != null && elided == null && ascii && !capitalized && !read.mayContain(text, s, i)) {
                    addBreak(out, s, i, INERT, read);
                    continue; // a '.' after it joins it (skipped below): inert too
                }
                String word = elided == null ? text.subSequence(s, i).toString() : elided.toString();
                String folded = ascii ? word.toLowerCase(Locale.ROOT) : fold(word);
                boolean abbreviation = isAbbreviation(folded); // asked twice below: one look-up
                String norm = abbreviation ? SPELLED.getOrDefault(folded, folded) : folded;
                out.add(new Token(s, i, norm, Token.Type.WORD, capitalized, word.length() > 1 && !lowerCase));
                if (i < to && text.charAt(i) == '.' && !(folded.length() == 1 || abbreviation)) {
                    addBreak(out, i, i + 1, ".", read);
                    i++;
                }
            } else if (c == ',') {
                out.add(new Token(i, i + 1, ",", Token.Type.COMMA, false, false));
                i++;
            } else if (isApostrophe(c) && isPossessive(text, i, to)) {
                i += 2;
            } else if (c == ' ' || c == '\t' || c == '-' || c == '.' || c == '\u00a0' || isApostrophe(c)) {
                i++; // spaces, hyphens (Port-au-Prince) and abbreviation periods join words
            } else if ((c == '\n' || c == '\r') && wrapped(text, out, i, to)) {
                i++; // a hard-wrapped line: "held at the\nHilton Hotel, Nairobi" is one phrase
            } else {
                addBreak(out, i, i + 1, read == null ? String.valueOf(c) : INERT, read);
                i++;
            }
        }
        return out;
    }

    /**
     * Whether the line end at i only wraps a sentence: one line end (not a blank line) after a lower-case
     * word or a comma, before a letter or digit. A line ending on a capitalized word stays a break, so a
     * title line does not run into the place line under it ("Workshop in Accra" over "Kumasi, Ghana").
     */
    private static boolean wrapped(CharSequence text, List<Token> out, int i, int to) {
        Token last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last == null || last.end() < i && !isSpaceRun(text, last.end(), i)
                || !(last.type() == Token.Type.COMMA || last.type() == Token.Type.WORD && !last.capitalized())) {
            return false;
        }
        int j = i + 1;
        if (text.charAt(i) == '\r' && j < to && text.charAt(j) == '\n') {
            j++;
        }
        while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j < to && isLetterOrDigit(text.charAt(j));
    }

    private static boolean isSpaceRun(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Adds a break; for a reader (read not null) an inert one, unless the last token already is one. */
    private static void addBreak(List<Token> out, int start, int end, String norm, WordHashes read) {
        if (read == null) {
            out.add(new Token(start, end, norm, Token.Type.BREAK, false, false));
        } else if (out.isEmpty() || out.get(out.size() - 1).norm() != INERT) {
            out.add(new Token(start, end, INERT, Token.Type.BREAK, false, false));
        }
    }

    /** The lookup key of a name: its tokens' norms joined by spaces. */
    static String key(String name) {
        List<Token> ts = tokens(name, 0, name.length());
        StringBuilder sb = new StringBuilder();
        for (Token t : ts) {
            if (t.type() == Token.Type.BREAK) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.norm());
        }
        return sb.toString();
    }

    static String fold(String s) {
        if (isPlainAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK && !isApostrophe(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** "Lima", and also "d'Ivoire", "O'Higgins": an elided article before a capital. */
    private static boolean capitalized(CharSequence text, int start, int end) {
        return Character.isUpperCase(text.charAt(start))
                || start + 2 < end && isApostrophe(text.charAt(start + 1)) && Character.isUpperCase(text.charAt(start + 2));
    }

    /** "Lima's": the possessive is not part of the name (the apostrophe and s are then skipped). */
    private static boolean isPossessive(CharSequence text, int i, int to) {
        char s = i + 1 < to ? text.charAt(i + 1) : ' ';
        return (s == 's' || s == 'S') && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)));
    }

    /** Character.isLetterOrDigit, with plain ASCII (nearly every character of a report) answered without a table look-up. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /** The abbreviations, lower case, for a reader's {@link WordHashes}. */
    static Set<String> abbreviations() {
        return ABBREVIATIONS;
    }

    private static boolean isAbbreviation(String folded) {
        return folded.length() <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(folded);
    }

    /** Plain loop, not a stream: this runs for every gazetteer name at load, before the JIT warms up. */
    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || isApostrophe(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '`';
    }
}
