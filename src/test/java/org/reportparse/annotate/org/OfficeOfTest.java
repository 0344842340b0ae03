package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficeOfTest {
    /** Where the title before the end of text starts, as titleBefore answers for the whole text. */
    private static int titleBefore(String text) {
        return OfficeOf.titleBefore(text, 0, text.length());
    }

    @Test
    void findsATitleThenOfOrDeAndAnArticleRightBeforeAName() {
        assertThat(titleBefore("Remarks by the Secretary General of the ")).isEqualTo(15);
        assertThat(titleBefore("la Ministra de Salud de la ")).isEqualTo(-1); // "Salud" ends no title
        assertThat(titleBefore("la Ministra de ")).isEqualTo(3);
        assertThat(titleBefore("the Director-General of ")).isEqualTo(4);
        assertThat(titleBefore("the Vice-Minister for ")).isEqualTo(4); // the longest title wins: "Vice-Minister"
    }

    @Test
    void caseAndWhiteSpaceAsThePatternReadsThem() {
        assertThat(titleBefore("THE MINISTER OF THE ")).isEqualTo(4);
        assertThat(titleBefore("(Minister\tof\nthe\n")).isEqualTo(1);
        assertThat(titleBefore("the Minister of the")).isEqualTo(-1); // no space after the article
        assertThat(titleBefore("the Minister\u2028of the ")).isEqualTo(-1); // a line separator is no \s
    }

    @Test
    void noTitleWhereTheWordsBeforeTheConnectorEndNone() {
        assertThat(titleBefore("with the support of the ")).isEqualTo(-1);
        assertThat(titleBefore("organized by the ")).isEqualTo(-1);
        assertThat(titleBefore("the Administer of ")).isEqualTo(-1); // "Minister" inside a longer word
        assertThat(titleBefore("")).isEqualTo(-1);
    }
}
