package org.reportparse.annotate.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a text names countries (by name or demonym): found once per document, so that each
 * section's countries are a filter over these instead of a second scan of its text. A place
 * name never spans a line break (the tokenizer breaks there), so a part of the text that starts
 * and ends at line boundaries names exactly the countries found inside it here.
 */
final class CountryMentions {
    private final CharSequence text;
    private final List<Integer> offsets = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();

    CountryMentions(CharSequence text) {
        this.text = text;
    }

    /** A country named by the word starting at offset. */
    void add(int offset, String countryCode) {
        offsets.add(offset);
        codes.add(countryCode);
    }

    Set<String> all() {
        return new HashSet<>(codes);
    }

    /** The countries named in text[from, to), or empty when that range does not start and end at line boundaries. */
    Optional<Set<String>> within(int from, int to) {
        if (!lineBoundary(from, -1) || !lineBoundary(to, +1)) {
            return Optional.empty();
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i < offsets.size(); i++) {
            if (offsets.get(i) >= from && offsets.get(i) < to) {
                out.add(codes.get(i));
            }
        }
        return Optional.of(out);
    }

    /** Only spaces or tabs (which make no token) lie between offset and a line break or the text's edge, looking in direction step. */
    private boolean lineBoundary(int offset, int step) {
        for (int i = step < 0 ? offset - 1 : offset; i >= 0 && i < text.length(); i += step) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
