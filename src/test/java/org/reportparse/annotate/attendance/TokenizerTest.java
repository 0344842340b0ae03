package org.reportparse.annotate.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> tokens(String text) {
        return Tokenizer.tokenize(text, 0, text.length()).stream().map(Token::text).toList();
    }

    @Test
    void numbersKeepTheirSeparatorsAndOrdinalSuffixes() {
        assertThat(tokens("1,200 and 1.200 or 1\u00A0200\u00A0000 on the 15th (1º)"))
                .containsExactly("1,200", "and", "1.200", "or", "1\u00A0200\u00A0000", "on", "the",
                        "15th", "(", "1º", ")");
    }

    @Test
    void numbersGluedToLettersAreOneTokenAndOddClustersFallApart() {
        assertThat(tokens("5km 1sts 3.5km 12,5x")).containsExactly("5km", "1sts", "3", ".", "5km", "1", "2", ",", "5x");
        assertThat(tokens("1\u00A020001")).containsExactly("1", "\u00A0", "20001");
    }

    @Test
    void wordsTakeMarksAndApostrophesAndLowerCaseWithAStraightOne() {
        List<Token> t = Tokenizer.tokenize("Women’s cafe\u0301 ÉL", 0, 16);
        assertThat(t).extracting(Token::text).containsExactly("Women’s", "cafe\u0301", "ÉL");
        assertThat(t).extracting(Token::lower).containsExactly("women's", "cafe\u0301", "él");
        assertThat(t).extracting(Token::type).containsOnly(Token.Type.WORD);
    }

    @Test
    void offsetsAreInTheTextAndTheRegionBoundsTheTokens() {
        String text = "xx 40 people\tattended";
        List<Token> t = Tokenizer.tokenize(text, 3, 10);
        assertThat(t).extracting(Token::text).containsExactly("40", "peop");
        assertThat(t.get(0).start()).isEqualTo(3);
        assertThat(t.get(0).type()).isEqualTo(Token.Type.NUMBER);
    }
}
