package org.reportparse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.reportparse.samples.MarkupDocx;
import org.reportparse.samples.TextPdf;

class ExtractorTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final String SPANISH = "Taller en Asunción, Paraguay\nFecha: 3 de marzo de 2008 - señora Núñez, «Año»\n";

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1"})
    void decodesCommonEncodingsWithoutBeingTold(String charset) throws Exception {
        byte[] bytes = SPANISH.getBytes(Charset.forName(charset));
        ExtractedDocument doc = EXTRACTOR.extract(bytes, "report.txt");
        assertThat(doc.text()).isEqualTo(SPANISH);
        assertThat(doc.mediaType()).isEqualTo("text/plain");
    }

    @Test
    void dropsByteOrderMarks() throws Exception {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SPANISH.getBytes(StandardCharsets.UTF_8));
        assertThat(EXTRACTOR.extract(utf8, "a.txt").text()).isEqualTo(SPANISH);
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SPANISH.getBytes(StandardCharsets.UTF_16LE));
        assertThat(EXTRACTOR.extract(utf16, "a.txt").text()).isEqualTo(SPANISH);
    }

    @Test
    void windowsLineEndsBecomeNewlines() throws Exception {
        ExtractedDocument doc = EXTRACTOR.extract("Title\r\n\r\nBody line.\r\n".getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(doc.text()).isEqualTo("Title\n\nBody line.\n");
        assertThat(doc.blocks()).hasSize(2);
    }

    @Test
    void docxKeepsHeadingsListItemsAndTableCells() throws Exception {
        byte[] docx = MarkupDocx.toBytes(String.join("\n",
                "# Annual report 2010", "", "## Workshop on borders", "", "- **Dates:** 12 April 2010",
                "- Location: Dushanbe", "", "| Date | Activity |", "| 8 Feb 2011 | Steering meeting |"));
        ExtractedDocument doc = EXTRACTOR.extract(docx, "r.docx");
        assertThat(doc.mediaType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        List<Block> blocks = doc.blocks();
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.HEADING,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL, BlockKind.TABLE_CELL,
                BlockKind.TABLE_CELL, BlockKind.TABLE_CELL);
        assertThat(blocks.get(0).level()).isEqualTo(1);
        assertThat(blocks.get(1).span().of(doc.text())).isEqualTo("Workshop on borders");
        assertThat(blocks.get(2).span().of(doc.text())).isEqualTo("Dates: 12 April 2010");
        assertThat(blocks.get(2).emphasis()).singleElement()
                .satisfies(s -> assertThat(s.of(doc.text())).isEqualTo("Dates:"));
        Block cell = blocks.get(7);
        assertThat(cell.span().of(doc.text())).isEqualTo("Steering meeting");
        assertThat(cell.table()).isZero();
        assertThat(cell.row()).isEqualTo(1);
        assertThat(cell.column()).isEqualTo(1);
    }

    @Test
    void aDocxTableOfContentsIsNoText() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            XWPFStyles styles = d.createStyles();
            for (String[] style : new String[][] {{"TOCHeading", "TOC Heading"}, {"TOC1", "toc 1"}, {"Heading1", "heading 1"}}) {
                CTStyle ct = CTStyle.Factory.newInstance();
                ct.setStyleId(style[0]);
                ct.addNewName().setVal(style[1]);
                ct.setType(STStyleType.PARAGRAPH);
                styles.addStyle(new XWPFStyle(ct));
            }
            String[][] paragraphs = {{"TOCHeading", "Contents"}, {"TOC1", "Workshop on labour agreements, Amman, 4-5 March 2018\t4"},
                {"Heading1", "Workshop on labour agreements, Amman, 4-5 March 2018"}, {null, "The workshop gathered 35 officials."}};
            for (String[] p : paragraphs) {
                XWPFParagraph para = d.createParagraph();
                if (p[0] != null) {
                    para.setStyle(p[0]);
                }
                para.createRun().setText(p[1]);
            }
            d.write(bytes);
        }
        ExtractedDocument doc = EXTRACTOR.extract(bytes.toByteArray(), "toc.docx");
        assertThat(doc.blocks()).extracting(b -> b.span().of(doc.text())).containsExactly(
                "Workshop on labour agreements, Amman, 4-5 March 2018", "The workshop gathered 35 officials.");
    }

    @Test
    void aDocxCellMergedDownRowsIsInEachRowAndACellSpanningColumnsKeepsTheNextInItsColumn() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            XWPFTable t = d.createTable(4, 4);
            String[][] rows = {{"Activity", "Place", "Participants", "Organized with"},
                {"Dengue course", "Machala", "55", "PAHO"}, {"Vector control course", "Cuenca", "40", ""},
                {"Total", "", "", "95"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 4; c++) {
                    t.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            // "PAHO" merged down over the next row; "Total" spanning three columns
            t.getRow(1).getCell(3).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            t.getRow(2).getCell(3).getCTTc().addNewTcPr().addNewVMerge();
            t.getRow(3).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
            t.getRow(3).removeCell(2);
            t.getRow(3).removeCell(1);
            d.write(bytes);
        }
        ExtractedDocument doc = EXTRACTOR.extract(bytes.toByteArray(), "merged.docx");
        assertThat(doc.text()).contains("Vector control course\tCuenca\t40\tPAHO\n", "Total\t\t\t95\n");
        assertThat(doc.blocks()).filteredOn(b -> b.row() == 2 && b.column() == 3).extracting(b -> b.span().of(doc.text()))
                .containsExactly("PAHO");
        assertThat(doc.blocks()).filteredOn(b -> b.row() == 3).extracting(Block::column).containsExactly(0, 3);
    }

    @Test
    void docxCellLinesStayLinesOfTheirCell() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            var row = d.createTable(1, 2).getRow(0);
            XWPFRun run = row.getCell(0).getParagraphs().get(0).createRun();
            run.setText("University of the West Indies");
            run.addBreak(); // a soft line break (Shift+Enter) between two partners
            run.setText("Jamaica Environment Trust");
            XWPFTableCell two = row.getCell(1);
            two.setText("Barbados Coastal Zone Management Unit");
            two.addParagraph().createRun().setText("Sandals Foundation"); // a paragraph of its own in the cell
            d.write(bytes);
        }
        ExtractedDocument doc = EXTRACTOR.extract(bytes.toByteArray(), "t.docx");
        assertThat(doc.blocks()).extracting(b -> b.span().of(doc.text())).containsExactly(
                "University of the West Indies\nJamaica Environment Trust", "Barbados Coastal Zone Management Unit\nSandals Foundation");
        assertThat(doc.blocks()).extracting(Block::column).containsExactly(0, 1);
    }

    @Test
    void pdfKeepsItsLinesAndDropsPageFurniture() throws Exception {
        String text = "Annual Report 2018\n\n2.1 Regional consultation\nThe consultation took place in Bangkok on"
                + " 15-16 March 2018 and gathered officials from ten countries of the region to discuss the protection"
                + " of migrant workers and their families.\n\n2.2 Training\nDone.";
        byte[] pdf = TextPdf.write(text, "Programme | Annual Report 2018", 4);
        ExtractedDocument doc = EXTRACTOR.extract(pdf, "r.pdf");
        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        // no running header, no page number; the paragraph cut by the page break is whole again
        // (pages of 4 lines: the second page starts at "from ten countries", the third at "Done.")
        assertThat(doc.text()).isEqualTo("Annual Report 2018\n\n2.1 Regional consultation\n"
                + "The consultation took place in Bangkok on 15-16 March 2018 and gathered officials\n"
                + "from ten countries of the region to discuss the protection of migrant workers and\n"
                + "their families.\n\n2.2 Training\n\nDone.");
        assertThat(doc.blocks()).extracting(b -> b.span().of(doc.text())).contains("2.1 Regional consultation");
    }

    @Test
    void aPdfsHyphenatedWordsAreWholeAgainAndCompoundsKeepTheirHyphen() throws Exception {
        // lines as laid out by a justified report (each shorter than TextPdf's wrap width); pages of 3 lines,
        // so "Tegucigal-" ends the first page and "pa" opens the second
        String text = "Regional workshop on disaster risk reduction\nThe workshop was co-\norganized in Tegucigal-\n"
                + "pa with the Inter-\nAmerican Development Bank and gathered 35 partici-\npants for a follow-\n"
                + "up of the community-\nbased plans of 2-\n3 March.";
        ExtractedDocument doc = EXTRACTOR.extract(TextPdf.write(text, "Annual report", 3), "r.pdf");
        assertThat(doc.text()).contains("was co-organized in Tegucigalpa with the Inter-American Development Bank",
                "gathered 35 participants for a follow-up of the community-based plans of 2-\n3 March.");
    }

    @Test
    void aPdfTablesRowsAreRowsOfCellsWithWrappedCellsWhole() throws Exception {
        // cells drawn one after another, each with all its lines, as word processors write a table
        float[] xs = {50, 260, 400, 500};
        String[][] rows = {{"Course", "Venue", "Dates", "Participants"},
            {"Risk management for customs officers", "Kingston, Jamaica", "14-18 March 2016", "28"},
            {"Intelligence analysis//(advanced level)", "Bridgetown, Barbados", "5-9 September 2016", "22"}};
        byte[] pdf = onePagePdf((cs, font) -> {
            TextPdf.show(cs, font, 10, 50, 800, "Training activities in 2016");
            float y = 770;
            for (String[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    String[] lines = row[c].split("//");
                    for (int k = 0; k < lines.length; k++) {
                        TextPdf.show(cs, font, 9, xs[c], y - 11 * k, lines[k]);
                    }
                }
                y -= 30;
            }
        });
        ExtractedDocument doc = EXTRACTOR.extract(pdf, "t.pdf");
        assertThat(doc.text()).contains("Course\tVenue\tDates\tParticipants\n"
                + "Risk management for customs officers\tKingston, Jamaica\t14-18 March 2016\t28\n"
                + "Intelligence analysis (advanced level)\tBridgetown, Barbados\t5-9 September 2016\t22");
        assertThat(doc.blocks()).filteredOn(Block::isCell).extracting(b -> b.span().of(doc.text()))
                .contains("Intelligence analysis (advanced level)", "Bridgetown, Barbados");
    }

    @Test
    void aTwoColumnPdfPageIsReadColumnByColumnAndABoldLineIsAParagraph() throws Exception {
        String[] left = {"#Regional seminar on port security", "Panama City, Panama, 3-4 May 2017",
            "The Committee held a regional seminar on port", "security for 40 officials from twelve member",
            "states and agreed on a work plan for the year."};
        String[] right = {"#Training course on document security", "San Salvador, El Salvador, 7-9 August 2017",
            "The Secretariat delivered a course on fraudulent", "travel documents to 28 immigration officers of",
            "the countries of the Central American region."};
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        byte[] pdf = onePagePdf((cs, regular) -> {
            for (int i = 0; i < left.length; i++) { // drawn line by line across the page
                for (String[] column : new String[][] {left, right}) {
                    String line = column[i];
                    TextPdf.show(cs, line.startsWith("#") ? bold : regular, 9, column == left ? 50 : 300,
                            780 - 12 * i, line.replaceFirst("^#", ""));
                }
            }
        });
        String text = EXTRACTOR.extract(pdf, "two-columns.pdf").text();
        assertThat(text).startsWith("Regional seminar on port security\n\nPanama City, Panama, 3-4 May 2017\n"
                + "The Committee held a regional seminar on port\n");
        assertThat(text.indexOf("states and agreed")).isLessThan(text.indexOf("Training course on document security"));
        assertThat(text).contains("\n\nTraining course on document security\n\nSan Salvador, El Salvador");
    }

    @Test
    void aPdfPagesFootnotesAndTheirReferencesAreDroppedAndItsParagraphGoesOnOnTheNextPage() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage first = new PDPage(PDRectangle.A4);
            PDPage second = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            doc.addPage(second);
            try (PDPageContentStream cs = new PDPageContentStream(doc, first)) {
                TextPdf.show(cs, font, 10, 50, 780, "The Ministry held a training course in Phnom Penh for the border");
                String before = "officers of the provinces with the support of the project";
                float width = font.getStringWidth(before) / 1000 * 10;
                TextPdf.show(cs, font, 10, 50, 766, before);
                TextPdf.show(cs, font, 6, 50 + width, 770, "1"); // the note's reference, raised
                TextPdf.show(cs, font, 10, 50 + width + 4, 766, " and"); // its space, as word processors write it
                TextPdf.show(cs, font, 8, 50, 80, "1 The project is funded by the European Union and the Government");
                TextPdf.show(cs, font, 8, 50, 70, "of Japan.");
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, second)) {
                TextPdf.show(cs, font, 10, 50, 780, "the police of Cambodia, and 35 officers took part.");
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        String text = EXTRACTOR.extract(pdf, "footnotes.pdf").text();
        assertThat(text).isEqualTo("The Ministry held a training course in Phnom Penh for the border\n"
                + "officers of the provinces with the support of the project and\nthe police of Cambodia, and 35 officers took part.");
    }

    @Test
    void aPdfListItemsLinesUnderAHangingIndentStayTheItem() throws Exception {
        byte[] pdf = onePagePdf((cs, font) -> {
            // the marker at the margin, the item's text and its wrapped lines one indent further
            TextPdf.show(cs, font, 10, 60, 780, "\u2022");
            TextPdf.show(cs, font, 10, 72, 780, "12 February 2020, Caacupe: Field day on integrated pest management,");
            TextPdf.show(cs, font, 10, 72, 766, "organized with the extension service, with 70 farmers.");
            TextPdf.show(cs, font, 10, 60, 752, "\u2022");
            TextPdf.show(cs, font, 10, 72, 752, "3-4 March 2020, Encarnacion: Regional workshop on animal health.");
        });
        String text = EXTRACTOR.extract(pdf, "bullets.pdf").text();
        assertThat(text).isEqualTo("\u2022 12 February 2020, Caacupe: Field day on integrated pest management,\n"
                + "organized with the extension service, with 70 farmers.\n\n"
                + "\u2022 3-4 March 2020, Encarnacion: Regional workshop on animal health.");
    }

    /** What a test draws on its PDF page, in Helvetica. */
    private interface PageDrawing {
        void draw(PDPageContentStream cs, PDType1Font helvetica) throws IOException;
    }

    /** A one-page A4 PDF with what the drawing puts on it. */
    private static byte[] onePagePdf(PageDrawing drawing) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawing.draw(cs, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPasswordProtectedPdfIsAnEncryptedDocument() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            doc.protect(policy);
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertThatThrownBy(() -> EXTRACTOR.extract(pdf, "locked.pdf")).isInstanceOf(ExtractionException.class)
                .hasMessage("encrypted document (application/pdf)");
    }

    @Test
    void aWebPagesPartsNamedAsTheSitesByTheirClassAreNoText() throws Exception {
        String html = "<html><body class='page one-sidebar sidebar-first'><div class='breadcrumb'>Home › News</div>"
                + "<div id='content' class='region region-content'><h1>Regional forum on fisheries</h1>"
                + "<p>The forum met in Suva, Fiji, on 3-4 May 2018 and gathered 40 officials.</p>"
                + "<div class='share-buttons'>Share on Facebook</div></div>"
                + "<div class='region region-sidebar-first'><h3>Upcoming events</h3><p>Workshop in Apia, 9 June 2018</p></div>"
                + "</body></html>";
        String text = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "n.html").text();
        assertThat(text).contains("Regional forum on fisheries", "gathered 40 officials")
                .doesNotContain("Home", "Share", "Upcoming", "Apia");
    }

    @Test
    void anOlderWebPagesMenuBarAndFooterInDivsAreNoText() throws Exception {
        // before HTML5's <nav> and <footer>, sites named such divs by id
        String html = "<html><body><div class='site-header'><div class='logo'>ASEAN Centre for Biodiversity</div></div>"
                + "<div id='top-bar'><a href='/'>Home</a> | <a href='/events'>Events</a></div>"
                + "<div id='nav'><a href='/about'>About us</a></div><div class='page-content'><h1>Past events, 2018</h1>"
                + "<p>A training on wildlife trade data was held in Hanoi on 10-12 October 2018. Officers from the"
                + " customs and forestry services of the member states took part.</p></div>"
                + "<div id='footer'>Copyright 2018 ACB, Los Banos, Philippines</div></body></html>";
        String text = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "e.html").text();
        assertThat(text).contains("Past events, 2018", "held in Hanoi").doesNotContain("Centre", "Home", "About", "Copyright");
    }

    @Test
    void aWebPageIsReadInItsEncodingNotTikasGuess() throws Exception {
        // a UTF-8 page with few accented letters, which Tika's statistical detector takes for GB18030
        String html = "<!DOCTYPE html>\n<html lang='es'><head><meta charset='utf-8'><title>Eventos | PNUD Honduras</title></head>\n"
                + "<body>\n<div id='main'>\n<h1>Eventos realizados en 2017</h1>\n"
                + "<p><strong>Foro nacional sobre seguridad ciudadana</strong><br>Tegucigalpa, 16 de marzo de 2017<br>Organizado por "
                + "el PNUD y la Secretaría de Seguridad, el foro reunió a 120 representantes de gobiernos locales y de la sociedad civil.</p>\n"
                + "<p><strong>Taller de formación de mediadores comunitarios</strong><br>San Pedro Sula, 4 al 6 de julio de 2017<br>"
                + "Con el apoyo de la Unión Europea, 36 mediadores de doce municipios fueron capacitados en resolución de conflictos.</p>\n"
                + "<p><strong>Diálogo sobre empleo juvenil</strong><br>La Ceiba, 23 de octubre de 2017<br>Coorganizado con la "
                + "Organización Internacional del Trabajo (OIT).</p>\n</div>\n</body></html>\n";
        assertThat(EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "e.html").text())
                .contains("la Secretaría de Seguridad, el foro reunió a 120");
        // a page in Windows-1252 that says so
        String latin = html.replace("charset='utf-8'", "charset='windows-1252'");
        assertThat(EXTRACTOR.extract(latin.getBytes(Charset.forName("windows-1252")), "e.html").text())
                .contains("la Secretaría de Seguridad, el foro reunió a 120");
    }

    @Test
    void aWebPageWhoseContentCarriesAChromeNameIsReadWhole() throws Exception {
        // a theme's layout name on the content itself: dropping it would leave nothing
        String html = "<html><body><div class='main-content with-sidebar'><h1>Regional forum on fisheries</h1>"
                + "<p>The forum met in Suva, Fiji, on 3-4 May 2018 and gathered 40 officials.</p></div></body></html>";
        assertThat(EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "n.html").text())
                .contains("Regional forum on fisheries", "gathered 40 officials");
    }

    @Test
    void aWebPagesMenuFooterSidebarAndSearchFormAreNoText() throws Exception {
        String html = "<html><body><nav><ul><li><a href='/'>Home</a></li><li>About us</li></ul></nav>"
                + "<form><input name='q'><p>Search the site</p></form><main>"
                + "<h1>Latest news</h1><p>The forum met in Lima.</p></main>"
                + "<aside><h3>Related news</h3><p>Workshop in Quito, 3 May 2018</p></aside>"
                + "<footer><p>© 2018 All rights reserved.</p></footer></body></html>";
        ExtractedDocument doc = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "n.html");
        assertThat(doc.text()).contains("Latest news", "The forum met in Lima.")
                .doesNotContain("Home", "About us", "rights", "Related news", "Quito", "Search");
    }

    @Test
    void aDefinitionListIsATableOfTermsAndLooseTextIsAParagraph() throws Exception {
        String html = "<html><body><article><h2>Training of health workers</h2><time>18 February 2019</time>"
                + "<dl><dt>Dates</dt><dd>18-22 February 2019</dd><dt>Venue</dt><dd>Niamey, Niger</dd></dl>"
                + "Closing words <b>in bold</b><p>The training covered screening.</p></article></body></html>";
        ExtractedDocument doc = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "n.html");
        assertThat(doc.blocks()).extracting(b -> b.kind() + ":" + b.span().of(doc.text())).containsExactly(
                "HEADING:Training of health workers", "PARAGRAPH:18 February 2019", "TABLE_CELL:Dates",
                "TABLE_CELL:18-22 February 2019", "TABLE_CELL:Venue", "TABLE_CELL:Niamey, Niger",
                "PARAGRAPH:Closing words in bold", "PARAGRAPH:The training covered screening.");
        assertThat(doc.blocks()).filteredOn(b -> b.kind() == BlockKind.TABLE_CELL)
                .extracting(b -> b.row() + "/" + b.column()).containsExactly("0/0", "0/1", "1/0", "1/1");
        assertThat(doc.text()).contains("Dates\t18-22 February 2019\nVenue\tNiamey, Niger\n");
    }

    @Test
    void htmlLineBreaksInAParagraphEndLinesThatReadOnTheirOwn() throws Exception {
        String html = "<html><body><p><strong>Regional workshop</strong><br>Lima, Peru, 3-4 May 2016<br>The workshop"
                + " gathered 40 officials.</p><ul><li>One<br>item</li></ul></body></html>";
        ExtractedDocument doc = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "n.html");
        assertThat(doc.blocks()).extracting(b -> b.span().of(doc.text())).containsExactly("Regional workshop",
                "Lima, Peru, 3-4 May 2016", "The workshop gathered 40 officials.", "One item");
    }

    @Test
    void emptyFileIsAnError() {
        assertThatThrownBy(() -> EXTRACTOR.extract(new byte[0], "empty.txt"))
                .isInstanceOf(ExtractionException.class).hasMessage("empty file");
    }

    @Test
    void whitespaceOnlyFileHasNoText() {
        assertThatThrownBy(() -> EXTRACTOR.extract(" \n\n \n".getBytes(StandardCharsets.UTF_8), "blank.txt"))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("no text");
    }

    @Test
    void binaryDataIsRejectedWithOneLine() {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        assertThatThrownBy(() -> EXTRACTOR.extract(bytes, "data.bin"))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").containsIgnoringCase("binary"));
    }

    @Test
    void truncatedDocxIsRejectedWithOneLine() throws IOException {
        byte[] docx = MarkupDocx.toBytes("# Title\n\nSome text about a seminar.\n");
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        assertThatThrownBy(() -> EXTRACTOR.extract(truncated, "broken.docx"))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
