package org.reportparse.annotate.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishSpellingTest {
    @Test
    void dropsRomanizationMarks() {
        assertThat(EnglishSpelling.of("Rājshāhi")).isEqualTo("Rajshahi");
        assertThat(EnglishSpelling.of("Cox’s Bāzār")).isEqualTo("Cox’s Bazar");
        assertThat(EnglishSpelling.of("Ṣan‘ā’")).isEqualTo("San‘a’");
    }

    @Test
    void keepsTheAccentsOfLatinScriptSpellings() {
        for (String name : new String[] {"São Paulo", "Bogotá", "Genève", "Kraków", "Brașov", "Nuku‘alofa"}) {
            assertThat(EnglishSpelling.of(name)).isEqualTo(name);
        }
        assertThat(EnglishSpelling.of(null)).isNull();
    }
}
