package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void keysIgnoreCaseArticlePunctuationAndPossessives() {
        assertThat(Names.key("The Women's Bureau")).isEqualTo("womens bureau");
        assertThat(Names.key("Ministry of Foreign Affairs, Guatemala")).isEqualTo("ministry of foreign affairs guatemala");
        assertThat(Names.key("Trinidad & Tobago Red Cross")).isEqualTo("trinidad and tobago red cross");
        assertThat(Names.key("Ministère de l’Économie")).isEqualTo("ministere de l economie");
    }

    /** The one-pass key of ASCII text must be the general key exactly: both are used for look-ups. */
    @Test
    void asciiKeyIsTheGeneralKeyOnRandomAsciiText() {
        String alphabet = "abSsTtHhEe09 &'`_-.,()/the The ";
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                b.append(random.nextInt(5) == 0 ? "The " : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String s = b.toString();
            assertThat(Names.asciiKey(s)).as("key of [%s]", s).isEqualTo(Names.generalKey(s));
        }
    }
}
