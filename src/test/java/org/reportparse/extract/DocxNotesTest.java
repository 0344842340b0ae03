package org.reportparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** Footnotes, comments and page footers that Tika writes after a DOCX's body are no part of its text. */
class DocxNotesTest {
    private static final Extractor EXTRACTOR = new Extractor();

    @Test
    void footnotesAndFootersAfterTheBodyAreCutOffAndTheHeaderStays() throws Exception {
        byte[] docx;
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Fisheries Mechanism - Annual Report 2018");
            d.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("Secretariat, Princess Margaret Drive, Belize City, Belize");
            d.createParagraph().createRun().setText("Training of fisheries inspectors");
            XWPFParagraph p = d.createParagraph();
            p.createRun().setText("Twenty inspectors were trained in Georgetown on 18-22 June 2018.");
            XWPFFootnote note = d.createFootnote();
            note.createParagraph().createRun().setText("Funded   under the EU-ACP programme & others.");
            p.createRun().getCTR().addNewFootnoteReference().setId(note.getId());
            d.createParagraph().createRun().setText("All inspectors passed the final test.");
            d.write(out);
            docx = out.toByteArray();
        }
        ExtractedDocument doc = EXTRACTOR.extract(docx, "report.docx");
        assertThat(doc.text()).startsWith("Fisheries Mechanism - Annual Report 2018")
                .contains("Twenty inspectors were trained").doesNotContain("EU-ACP", "Princess Margaret");
        assertThat(doc.text().strip()).endsWith("All inspectors passed the final test.");
        assertThat(doc.blocks()).last().satisfies(b -> assertThat(b.span().of(doc.text()))
                .isEqualTo("All inspectors passed the final test."));
    }

    @Test
    void aDocumentWithoutNotesKeepsEveryBlock() throws Exception {
        byte[] docx;
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("Workshop on fisheries data");
            d.createParagraph().createRun().setText("27 statisticians attended.");
            d.write(out);
            docx = out.toByteArray();
        }
        ExtractedDocument doc = EXTRACTOR.extract(docx, "report.docx");
        assertThat(doc.blocks()).hasSize(2);
        assertThat(doc.text().strip()).endsWith("27 statisticians attended.");
    }
}
