package org.reportparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextLayoutTest {

    private static List<String> texts(String text) {
        return PlainTextLayout.blocks(text).stream().map(b -> b.span().of(text)).toList();
    }

    @Test
    void blankLinesSeparateBlocksAndEachShortLineStandsAlone() {
        String text = "Seminar in Lima\nPlace: Lima, Peru\n\nThe seminar was held.\n";
        assertThat(texts(text)).containsExactly("Seminar in Lima", "Place: Lima, Peru", "The seminar was held.");
    }

    @Test
    void bulletsBecomeListItemsWithoutTheirMarker() {
        String text = "Events:\n· First congress. Santiago, Chile.\n• Second forum\n- Third meeting\n2. Fourth workshop\n";
        List<Block> blocks = PlainTextLayout.blocks(text);
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM);
        assertThat(texts(text)).containsExactly("Events:", "First congress. Santiago, Chile.", "Second forum",
                "Third meeting", "Fourth workshop");
    }

    @Test
    void wrappedLinesJoinTheirParagraph() {
        String text = "Counter-Trafficking Project on Prevention of Trafficking of Women and Children \n"
                + "in Mexico, CIM/IOM\nMexico, DF, March 15, 2005\n";
        assertThat(texts(text)).containsExactly(
                "Counter-Trafficking Project on Prevention of Trafficking of Women and Children \nin Mexico, CIM/IOM",
                "Mexico, DF, March 15, 2005");
    }

    @Test
    void aDashBetweenWordsIsNotABullet() {
        List<Block> blocks = PlainTextLayout.blocks("Anti-TIP seminar\n-5 degrees outside\n");
        assertThat(blocks).extracting(Block::kind).containsOnly(BlockKind.PARAGRAPH);
    }
}
