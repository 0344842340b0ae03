package org.reportparse.annotate.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words, digit groups (with separators and ordinal suffixes kept) and punctuation. */
final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,3}(?:[\\u00A0\\u202F\\u2009]\\d{3})++(?!\\d)|\\d++(?:[.,]\\d++)*+(?:st|nd|rd|th|º|ª|°)?+(?![\\p{L}])|[\\p{L}\\p{M}][\\p{L}\\p{M}'’]*|\\d+[\\p{L}]+|\\S");

    private Tokenizer() {}

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String s = m.group();
            Token.Type type = Character.isDigit(s.charAt(0)) ? Token.Type.NUMBER
                    : Character.isLetter(s.charAt(0)) ? Token.Type.WORD : Token.Type.PUNCT;
            out.add(new Token(s, s.toLowerCase(Locale.ROOT).replace('’', '\''), m.start(), m.end(), type));
        }
        return out;
    }
}
