package org.reportparse.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's lines with Apache PDFBox, keeping what a text extractor's single spaces lose: a wide
 * gap between two words on a line is a column break, written as a tab ("Container control and
 * profiling⇥Kingston, Jamaica⇥9-13 May 2016⇥31"), so that a table's rows are rows of cells as in a
 * text file (PlainTextLayout) and a form's "Date:⇥3 March" a label line. A cell's text wrapped onto
 * the next line of the page, in its own column, is joined to the cell. Page and paragraph breaks go to
 * {@link PdfText}, which drops page furniture and joins broken words.
 */
final class PdfLayout extends PDFTextStripper {
    /** A gap wider than this many times the font size between two words is a column break. */
    private static final float COLUMN_GAP_EMS = 1.2f;
    /** Baselines further apart than this many times the font size have a blank line or a paragraph's spacing between them. */
    private static final float PARAGRAPH_GAP_EMS = 1.6f;
    /** Lines at a page's foot in a font smaller than this share of its text's are footnotes. */
    private static final float FOOTNOTE_SIZE = 0.9f;
    /** A glyph at most this share of the text's size, raised, is a superscript. */
    private static final float SUPERSCRIPT_SIZE = 0.8f;
    /** A footnote's mark: a number or a symbol ("1 See ...", "* Figures ..."). */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\s*(?:\\d{1,3}|[*†‡§])(?!\\d)");
    /** A list item's wrapped lines are indented past its marker by at most this many times the font size. */
    private static final float HANGING_INDENT_EMS = 4f;
    /** Cells start at the same x within this many points. */
    private static final float SAME_COLUMN = 3f;

    /** Text from x on, its first glyph's baseline at y (down the page), in a font of that size. */
    private record Cell(float x, float y, float size, StringBuilder text, Style style) {
        Cell(float x, float y, float size, StringBuilder text) {
            this(x, y, size, text, new Style());
        }
    }

    private record Line(boolean paragraphStart, List<Cell> cells) {
        Style style() {
            Style all = new Style();
            for (Cell c : cells) {
                all.bold += c.style().bold;
                all.glyphs += c.style().glyphs;
                all.size = Math.max(all.size, c.style().size);
            }
            return all;
        }

        boolean continues(Line row) {
            // the wrapped rest of some cells of a row: fewer cells, each starting where one of the row's does
            return !paragraphStart && row.cells.size() >= 2 && cells.size() < row.cells.size()
                    && cells.stream().allMatch(c -> row.cells.stream().anyMatch(r -> Math.abs(r.x - c.x) <= SAME_COLUMN));
        }

        String text() {
            StringBuilder b = new StringBuilder();
            for (Cell c : cells) {
                b.append(b.isEmpty() ? "" : "\t").append(c.text.toString().strip()); // no space beside a column break
            }
            return b.toString();
        }
    }

    /** How a line is set: its glyphs in bold, all its glyphs, its largest font size. */
    private static final class Style {
        int bold;
        int glyphs;
        float size;

        boolean isBold() {
            return bold * 2 > glyphs;
        }

        /** A heading set apart from the text by weight or size is a paragraph of its own. */
        boolean differs(Style other) {
            return isBold() != other.isBold() || Math.abs(size - other.size) > 0.5f;
        }
    }

    private final PdfText out;
    private final List<Line> lines = new ArrayList<>();
    private Line line;
    private boolean paragraphStart = true;
    private float lastEnd;
    /** The font size and baseline of the line's last glyph of ordinary text (0: none yet). */
    private float normalSize;
    private float normalBaseline;

    private PdfLayout(PdfText out) throws IOException {
        this.out = out;
        // lines in the order they stand on the page, not the order the file draws them in: a table's
        // cells are drawn one after another, each with all its lines (two-column pages: see endPage)
        setSortByPosition(true);
    }

    /** The text of the PDF in bytes, given to out page by page. */
    static void read(byte[] bytes, PdfText out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            new PdfLayout(out).writeText(doc, Writer.nullWriter());
        }
    }

    @Override
    protected void startPage(PDPage page) {
        lines.clear();
        line = null;
        paragraphStart = true;
    }

    @Override
    protected void writeParagraphStart() {
        paragraphStart = true;
        line = null;
    }

    @Override
    protected void writeLineSeparator() {
        line = null;
    }

    @Override
    protected void writeWordSeparator() {
        // written by writeString, which sees how wide the gap is
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty()) {
            return;
        }
        TextPosition last = positions.get(positions.size() - 1);
        if (line == null) {
            normalSize = 0;
        }
        List<TextPosition> kept = withoutReferenceMarks(positions);
        if (kept.isEmpty()) {
            lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
            return;
        }
        if (kept.size() < positions.size()) {
            StringBuilder b = new StringBuilder();
            kept.forEach(p -> b.append(p.getUnicode()));
            text = b.toString();
            positions = kept;
        }
        TextPosition first = positions.get(0);
        float x = first.getXDirAdj();
        if (line == null) {
            line = new Line(paragraphStart, new ArrayList<>());
            lines.add(line);
            paragraphStart = false;
            line.cells().add(new Cell(x, first.getYDirAdj(), first.getFontSizeInPt(), new StringBuilder(text)));
        } else if (x - lastEnd > COLUMN_GAP_EMS * Math.max(1f, first.getFontSizeInPt())) {
            line.cells().add(new Cell(x, first.getYDirAdj(), first.getFontSizeInPt(), new StringBuilder(text)));
        } else {
            line.cells().get(line.cells().size() - 1).text().append(' ').append(text);
        }
        lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
        Style style = line.cells().get(line.cells().size() - 1).style();
        for (TextPosition p : positions) {
            style.glyphs++;
            style.bold += isBold(p) ? 1 : 0;
            style.size = Math.max(style.size, p.getFontSizeInPt());
        }
    }

    /**
     * The glyphs without note references: digits and marks set smaller and raised above the line's
     * text ("the Convention³", "45 participants²"), which would run into the word or count before
     * them. Raised letters stay ("1st").
     */
    private List<TextPosition> withoutReferenceMarks(List<TextPosition> positions) {
        List<TextPosition> kept = new ArrayList<>(positions.size());
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            boolean mark = u != null && u.length() == 1 && (Character.isDigit(u.charAt(0)) || "*†‡§,".indexOf(u.charAt(0)) >= 0);
            boolean raised = normalSize > 0 && p.getFontSizeInPt() <= SUPERSCRIPT_SIZE * normalSize
                    && p.getYDirAdj() < normalBaseline - 0.15f * normalSize;
            if (mark && raised) {
                continue;
            }
            kept.add(p);
            if (!raised) {
                normalSize = p.getFontSizeInPt();
                normalBaseline = p.getYDirAdj();
            }
        }
        return kept;
    }

    private static boolean isBold(TextPosition p) {
        PDFont font = p.getFont();
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        PDFontDescriptor d = font.getFontDescriptor();
        return name.contains("bold") || name.contains("black") || name.contains("heavy")
                || d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    @Override
    protected void endPage(PDPage page) {
        out.page();
        dropFootnotes();
        float gutter = twoColumnGutter();
        if (gutter < 0) {
            write(lines);
        } else {
            // a page in two columns of prose, read line by line across both: the left column, then the right
            List<Line> left = new ArrayList<>();
            List<Line> right = new ArrayList<>();
            for (Line l : lines) {
                for (Cell c : l.cells()) {
                    List<Line> side = c.x() < gutter - SAME_COLUMN ? left : right;
                    // the page's lines span both columns: a paragraph's start is told by the space above it
                    Cell above = side.isEmpty() ? null : side.get(side.size() - 1).cells().get(0);
                    boolean start = above == null || c.y() - above.y() > PARAGRAPH_GAP_EMS * Math.max(1f, c.size());
                    side.add(new Line(start, new ArrayList<>(List.of(c))));
                }
            }
            write(left);
            write(right);
        }
    }

    /**
     * Drops the page's footnotes: the lines at its foot set smaller than its text ("1 See the
     * project document ..."), which would otherwise stand between a paragraph and its continuation on
     * the next page, and be read as the last activity's prose.
     */
    private void dropFootnotes() {
        Map<Float, Integer> glyphsBySize = new HashMap<>();
        for (Line l : lines) {
            Style st = l.style();
            glyphsBySize.merge(Math.round(st.size * 2) / 2f, st.glyphs, Integer::sum);
        }
        float body = glyphsBySize.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
        int keep = lines.size();
        // a table set small has rows of several cells; a footnote is one column of text
        while (keep > 0 && lines.get(keep - 1).style().size < FOOTNOTE_SIZE * body && lines.get(keep - 1).cells().size() == 1) {
            keep--;
        }
        // the first small line opens on a footnote's mark; a page whose last lines are all small keeps them
        while (keep > 0 && keep < lines.size() && !FOOTNOTE_MARK.matcher(lines.get(keep).text()).lookingAt()) {
            keep++;
        }
        if (keep > 0 && keep < lines.size()) {
            lines.subList(keep, lines.size()).clear();
        }
    }

    /**
     * Where the right column of a two-column page starts, or -1: most lines of the page hold two
     * long cells, the second starting at one x (a table's rows have more cells, or short ones).
     */
    private float twoColumnGutter() {
        List<Float> starts = new ArrayList<>();
        for (Line l : lines) {
            if (l.cells().size() == 2 && l.cells().get(0).text().length() >= 25 && l.cells().get(1).text().length() >= 25) {
                starts.add(l.cells().get(1).x());
            }
        }
        if (starts.size() < 5 || starts.size() * 2 < lines.size()) {
            return -1;
        }
        starts.sort(null);
        float median = starts.get(starts.size() / 2);
        long near = starts.stream().filter(x -> Math.abs(x - median) <= SAME_COLUMN).count();
        return near * 4 >= starts.size() * 3 ? median : -1;
    }

    /**
     * Whether a line goes on the list item above it under a hanging indent ("• 12 March, Lima: Field day on
     * ...," then "organized with ..." set under the item's text): PDFBox starts a paragraph at any line indented
     * past the one above, but a line right below an item, indented less than its marker's width plus a few
     * characters and without a marker of its own, is the item's wrapped rest.
     */
    private static boolean hangs(Line l, Line item) {
        if (item == null || l.cells().size() != 1 || item.cells().size() != 1) {
            return false;
        }
        Cell c = l.cells().get(0);
        Cell above = item.cells().get(0);
        float em = Math.max(1f, c.size());
        return PlainTextLayout.markerLength(above.text()) > 0 && PlainTextLayout.markerLength(c.text()) == 0
                && c.x() > above.x() && c.x() - above.x() <= HANGING_INDENT_EMS * em
                && c.y() - above.y() <= PARAGRAPH_GAP_EMS * em;
    }

    /** Lines as paragraphs of the page; a cell's wrapped rest joins its cell. */
    private void write(List<Line> lines) {
        StringBuilder paragraph = new StringBuilder();
        Line row = null;
        for (Line l : lines) {
            if (row != null && l.continues(row)) {
                for (Cell c : l.cells()) { // "Intelligence analysis" + "(advanced level)"
                    row.cells().stream().filter(r -> Math.abs(r.x() - c.x()) <= SAME_COLUMN).findFirst()
                            .ifPresent(r -> r.text().append(' ').append(c.text()));
                }
                continue;
            }
            if (row != null) {
                paragraph.append(row.text()).append('\n');
            }
            // a table's rows stay one paragraph (PlainTextLayout reads a run of tab lines as a table)
            boolean tableGoesOn = row != null && row.cells().size() >= 2 && l.cells().size() >= 2;
            boolean newStyle = row != null && l.style().glyphs > 0 && row.style().glyphs > 0 && l.style().differs(row.style());
            boolean start = l.paragraphStart() && !hangs(l, row);
            if ((start || newStyle) && !tableGoesOn && !paragraph.isEmpty()) {
                out.paragraph(paragraph.toString());
                paragraph.setLength(0);
            }
            row = l;
        }
        if (row != null) {
            paragraph.append(row.text());
        }
        out.paragraph(paragraph.toString());
    }
}
