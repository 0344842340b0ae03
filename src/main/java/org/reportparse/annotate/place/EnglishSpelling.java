package org.reportparse.annotate.place;

import java.text.Normalizer;

/**
 * A gazetteer name as English text writes it. GeoNames romanizes many names with scholarly marks
 * ("Rājshāhi", "Cox’s Bāzār", "Ṣan‘ā’") that English reports never use: macrons, dots and lines below,
 * and the half-ring letters of Arabic romanization are dropped. The accents of Latin-script
 * orthographies (São Paulo, Bogotá, Genève, Kraków) are part of the name and stay.
 */
final class EnglishSpelling {
    private EnglishSpelling() {}

    static String of(String name) {
        if (name == null || isPlain(name)) {
            return name; // most names: no copy
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!romanizationMark(c)) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Only ASCII and Latin-1 letters: nothing to drop. */
    private static boolean isPlain(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static boolean romanizationMark(char c) {
        return switch (c) {
            case '\u0304', // macron: ā ī ū
                 '\u0323', // dot below: ṣ ḥ ṭ
                 '\u0331', // macron below: ḏ ṯ
                 '\u0324', // diaeresis below
                 '\u032E', // breve below: ḫ
                 '\u02BE', '\u02BF', // half rings: hamza and ayn
                 '\u02BB', '\u02BC' -> true; // turned comma and apostrophe letters: okina, hamza
            default -> false;
        };
    }
}
