package org.reportparse.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the tab-separated word lists that hold this package's rules. */
final class Resources {
    private Resources() {}

    /** Rows of a TSV resource next to this class, without blank lines and # comments. */
    static List<String[]> tsv(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Combining marks (accents once decomposed); compiled once, as String.replaceAll would per call. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** The first column of a word list, folded as headings and lines are matched (one word or phrase a row). */
    static List<String> foldedWords(String name) {
        return tsv(name).stream().map(r -> fold(r[0].strip())).toList();
    }

    /** Lower case without accents, for matching labels and words written with or without them. */
    static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT); // nothing to decompose: skips the normalizer and the regex
        }
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return n.toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
