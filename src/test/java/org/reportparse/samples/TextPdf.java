package org.reportparse.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays a text out as a typical report PDF (Apache PDFBox): paragraphs wrapped at a fixed width, A4
 * pages of a fixed number of lines, a running header on every page and the page number at its foot,
 * so a paragraph may be cut by a page break. Used to regenerate samples/*.pdf from
 * samples/pdf-src/*.txt (scripts/make-samples) and to build PDF inputs in tests.
 */
public final class TextPdf {
    private static final int WRAP = 85;

    private TextPdf() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: TextPdf INPUT.txt RUNNING-HEADER OUTPUT.pdf");
            System.exit(2);
        }
        Files.write(Path.of(args[2]), write(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), args[1], 40));
    }

    /** The PDF of text: blank lines separate paragraphs, other lines are wrapped at 85 characters. */
    public static byte[] write(String text, String runningHeader, int linesPerPage) throws IOException {
        List<String> lines = wrap(text);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int page = 0;
            for (int i = 0; i < lines.size(); i += linesPerPage) {
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                page++;
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    show(cs, font, 8, 50, 810, runningHeader);
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.setLeading(14);
                    cs.newLineAtOffset(50, 780);
                    for (String line : lines.subList(i, Math.min(i + linesPerPage, lines.size()))) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                    show(cs, font, 8, 290, 30, String.valueOf(page));
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** One line of text at (x, y). */
    public static void show(PDPageContentStream cs, PDType1Font font, int size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            StringBuilder cur = new StringBuilder();
            for (String w : line.strip().split(" ")) {
                if (!cur.isEmpty() && cur.length() + w.length() + 1 > WRAP) {
                    lines.add(cur.toString());
                    cur.setLength(0);
                }
                cur.append(cur.isEmpty() ? "" : " ").append(w);
            }
            lines.add(cur.toString());
        }
        return lines;
    }
}
