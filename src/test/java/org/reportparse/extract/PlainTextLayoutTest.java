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
    void aSymbolFontsBulletFromAPdfIsABullet() {
        String text = "Activities:\n\uF0B7 Regional workshop, Lima\n\uF0A7 National forum, Quito\n";
        assertThat(PlainTextLayout.blocks(text)).extracting(Block::kind)
                .containsExactly(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM);
        assertThat(texts(text)).containsExactly("Activities:", "Regional workshop, Lima", "National forum, Quito");
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

    @Test
    void tabAndPipeSeparatedRowsBecomeTableCells() {
        String text = "Activities\n\nDate\tActivity\tLocation\n8 Feb 2011\tSteering meeting\tAsunción, Paraguay\n\n"
                + "| Date | Activity | Location |\n|---|---|---|\n| 14 Mar 2011 | Validation workshop | Loma Plata |\n";
        List<Block> cells = PlainTextLayout.blocks(text).stream().filter(Block::isCell).toList();
        assertThat(cells).hasSize(12);
        assertThat(cells.get(4).span().of(text)).isEqualTo("Steering meeting");
        assertThat(cells.get(4).row()).isEqualTo(1);
        assertThat(cells.get(4).column()).isEqualTo(1);
        Block last = cells.get(11);
        assertThat(last.span().of(text)).isEqualTo("Loma Plata");
        assertThat(last.table()).isEqualTo(1);
        assertThat(last.row()).isEqualTo(1);
        assertThat(last.column()).isEqualTo(2);
    }

    @Test
    void rowsWithPipesOnlyBetweenCellsBecomeTableCells() {
        String text = "Calendar 2017\n\nDate | Activity | Place\n6-8 March 2017 | Regional workshop | Bogotá, Colombia\n\n"
                + "Our partners: OAS | IDB are thanked.\n";
        List<Block> cells = PlainTextLayout.blocks(text).stream().filter(Block::isCell).toList();
        assertThat(cells).extracting(c -> c.span().of(text)).containsExactly("Date", "Activity", "Place",
                "6-8 March 2017", "Regional workshop", "Bogotá, Colombia");
        assertThat(cells.get(5).row()).isEqualTo(1);
        assertThat(cells.get(5).column()).isEqualTo(2);
        assertThat(texts(text)).endsWith("Our partners: OAS | IDB are thanked.");
    }

    @Test
    void aShortTextThatShowsItsWrappingJoinsALineCutBeforeACapital() {
        String text = "Annual Report 2014\n\nTraining for councillors\n\n"
                + "Twenty-five councillors from eight districts attended the course delivered with the Uganda Local\n"
                + "Governments Association (ULGA).\n\n"
                + "The Centre and the Africa Freedom of Information Centre (AFIC) brought together 30 civil society\n"
                + "representatives and district officials.\n";
        assertThat(texts(text)).contains("Twenty-five councillors from eight districts attended the course delivered with "
                + "the Uganda Local\nGovernments Association (ULGA).");
        String free = "Annual Report 2014\n\nTwenty-five councillors from eight districts attended the course delivered\n"
                + "Governments Association (ULGA).\n\n"
                + "A free paragraph that runs on and on well beyond any width a wrapped text would have, since nobody "
                + "broke it by hand at all, and\nthen goes on.\n";
        assertThat(texts(free)).contains("Governments Association (ULGA).");
    }

    @Test
    void aLongLineEndingMidPhraseShowsTheWrapToo() {
        String text = "NOTA DE PRENSA\n\n"
                + "Más de 80 jóvenes de Centroamérica y República Dominicana participaron del 5 al 7 de noviembre en el Encuentro\n"
                + "Regional de Juventudes Rurales, celebrado en la Ciudad del Saber, en Panamá. La actividad fue organizada por el\n"
                + "Fondo Internacional de Desarrollo Agrícola (FIDA).\n";
        assertThat(texts(text)).hasSize(2);
        assertThat(texts(text).get(1)).startsWith("Más de 80 jóvenes").endsWith("(FIDA).");
    }

    @Test
    void anIndentedLineUnderALongItemCutMidSentenceGoesOnTheItem() {
        String text = "JAMAICA\n"
                + "• 6 October 2020 – Virtual training on shelter management, with the Office of Disaster\n"
                + "  Preparedness and Emergency Management (ODPEM).\n"
                + "• Workshop on drills\n  Kingston, Jamaica, 3 May 2020\n";
        assertThat(texts(text)).containsExactly("JAMAICA",
                "6 October 2020 – Virtual training on shelter management, with the Office of Disaster\n"
                        + "  Preparedness and Emergency Management (ODPEM).",
                "Workshop on drills", "Kingston, Jamaica, 3 May 2020");
    }

    @Test
    void linesAlignedInColumnsOfSpacesBecomeTableCells() {
        String text = "Summary of events\n\n"
                + "Date          Event                          Venue                     Participants\n"
                + "------------  -----------------------------  ------------------------  ------------\n"
                + "12/03/2015    Workshop on rules of origin    Nairobi, Kenya            35\n"
                + "09/09/2015    Training on customs valuation  Dar es Salaam, Tanzania\n\n"
                + "The workshop was organised with the EAC.\n";
        List<Block> cells = PlainTextLayout.blocks(text).stream().filter(Block::isCell).toList();
        assertThat(cells).extracting(c -> c.span().of(text)).containsExactly("Date", "Event", "Venue", "Participants",
                "12/03/2015", "Workshop on rules of origin", "Nairobi, Kenya", "35",
                "09/09/2015", "Training on customs valuation", "Dar es Salaam, Tanzania");
        assertThat(cells.get(10).row()).isEqualTo(2);
        assertThat(cells.get(10).column()).isEqualTo(2);
        assertThat(texts(text)).endsWith("The workshop was organised with the EAC.");
    }

    @Test
    void proseWithTwoSpacesAfterItsSentencesIsNoTable() {
        String text = "The workshop was held.  It gathered experts.  They agreed on a plan.\n"
                + "The second day was shorter.  Ministers spoke.  A declaration followed.\n";
        assertThat(PlainTextLayout.blocks(text)).noneMatch(Block::isCell);
    }

    @Test
    void markdownHeadingsAndBoldAreStructure() {
        String text = "## 2.1 Regional Workshop\n\n- **Dates:** 12 April 2010\n";
        List<Block> blocks = PlainTextLayout.blocks(text);
        assertThat(blocks.get(0).kind()).isEqualTo(BlockKind.HEADING);
        assertThat(blocks.get(0).level()).isEqualTo(2);
        assertThat(blocks.get(0).span().of(text)).isEqualTo("2.1 Regional Workshop");
        assertThat(blocks.get(1).emphasis()).singleElement().satisfies(e -> assertThat(e.of(text)).isEqualTo("Dates:"));
    }

    @Test
    void aSingleLineWithTabsIsNotATable() {
        String text = "Title\twith\ttabs\n\nProse follows.\n";
        assertThat(PlainTextLayout.blocks(text)).noneMatch(Block::isCell);
    }

    @Test
    void labelLinesOfAFormAreNoWrapEvenInHardWrappedText() {
        String text = "Actividad: Taller de conservación preventiva de archivos\nFecha: 14 al 16 de marzo de 2016\n"
                + "Lugar: Cartago, Costa Rica\nOrganiza: Dirección de Patrimonio, con apoyo de la UNESCO\n"
                + "Participantes: 28 archivistas municipales\n\nActividad: Encuentro nacional de museos comunitarios\n"
                + "Fecha: 22 de junio de 2016\nLugar: Liberia, Guanacaste\nOrganiza: Dirección de Patrimonio y Museos\n";
        assertThat(texts(text)).contains("Actividad: Taller de conservación preventiva de archivos",
                "Fecha: 14 al 16 de marzo de 2016", "Participantes: 28 archivistas municipales");
        assertThat(PlainTextLayout.opensOnLabel("10:30 Opening session")).isFalse();
    }

    @Test
    void aRunningPageHeaderOrFooterIsNoBlock() {
        String text = "The course covered the rights of indigenous peoples,\n\nLand Rights Project - Final report 2017"
                + "          Page 2\n\naccess to justice. 37 paralegals completed it.\n\n   Página 3 de 12\n\nChapter 2\n";
        assertThat(texts(text)).containsExactly("The course covered the rights of indigenous peoples,",
                "access to justice. 37 paralegals completed it.", "Chapter 2");
        // a page named in a sentence is prose
        assertThat(texts("The guide is on page 2\n")).containsExactly("The guide is on page 2");
    }

    @Test
    void aWrappedLineOfATableInColumnsOfSpacesStaysInTheTable() {
        String text = "Date      Activity                     Venue           Participants\n"
                + "17 Mar    Community consultation on    Lautoka, Fiji   45\n"
                + "          marine protected areas\n"
                + "11 May    Workshop on fish stocks      Noumea          18\n";
        List<Block> blocks = PlainTextLayout.blocks(text);
        assertThat(blocks).allMatch(Block::isCell);
        assertThat(blocks).filteredOn(b -> b.span().of(text).equals("marine protected areas"))
                .singleElement().satisfies(b -> assertThat(b.column()).isEqualTo(1));
    }
}
