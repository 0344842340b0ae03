package org.reportparse.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.reportparse.annotate.Span;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds plain text and blocks from Tika's XHTML events, keeping headings, paragraphs, list items
 * and table cells. Cells of a row are separated by tabs and a row ends with a newline, so the text
 * stays readable; every other block ends with a blank line. A definition list ({@code <dl>}) is a table of
 * its terms and their definitions (a web page's "Dates / Venue / Organizers" form), and text outside any
 * block element (a web page's {@code <time>} after a heading) is a paragraph of its own, not dropped.
 */
final class StructureHandler extends DefaultHandler {
    private final StringBuilder out = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();

    private int blockDepth;          // > 0 while inside the outermost block element
    private BlockKind kind;
    private int level;
    private int blockStart;
    private final List<Span> emphasis = new ArrayList<>();
    private int emphasisStart = -1;
    private int boldDepth;

    private int listDepth;
    private int tableIndex = -1;
    private int tableDepth;
    private int row = -1;
    private int column = -1;
    private boolean skip;            // inside <title>, <head>, <script>, <style>
    private String tocEntry;         // the element of a table of contents' line being skipped, or null
    private boolean loose;           // the block being built is text outside any block element
    private final boolean newlineBreaks; // a newline in the text is a line break (office documents), not layout

    private final List<DocxMergedCells.Table> mergedTables = new ArrayList<>(); // a DOCX's tables with merged cells, not yet met
    private int tableTextStart;      // where the top-level table being read starts in the text
    private int tableBlockStart;     // and its first block
    private final List<Integer> rowCells = new ArrayList<>(); // cells in each of its rows

    /** newlineBreaks: Tika writes a DOCX/ODT/RTF soft line break as a newline; in HTML a newline is only layout. */
    StructureHandler(boolean newlineBreaks) {
        this.newlineBreaks = newlineBreaks;
    }

    /** A DOCX's tables that have merged cells (DocxMergedCells), in document order. */
    StructureHandler(boolean newlineBreaks, List<DocxMergedCells.Table> mergedTables) {
        this(newlineBreaks);
        this.mergedTables.addAll(mergedTables);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (loose && (isBlockElement(name) || isContainer(name))) {
            closeLoose();
        }
        if (blockDepth == 0 && tocEntry == null && isTocEntry(atts.getValue("class"))) {
            tocEntry = name; // its text is skipped until the element ends
            return;
        }
        switch (name) {
            case "head", "title", "script", "style" -> skip = true;
            case "ul", "ol" -> listDepth++;
            case "table", "dl" -> {
                if (tableDepth++ == 0) {
                    tableIndex++;
                    row = -1;
                    tableTextStart = out.length();
                    tableBlockStart = blocks.size();
                    rowCells.clear();
                }
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    row++;
                    column = -1;
                    rowCells.add(0);
                }
            }
            case "dt" -> {
                if (tableDepth == 1 && blockDepth == 0) {
                    if (row >= 0) {
                        endLine();
                    }
                    row++;
                    column = 0;
                    open(BlockKind.TABLE_CELL, 0);
                } else {
                    separate();
                }
            }
            case "td", "th", "dd" -> {
                if (tableDepth == 1 && blockDepth == 0) {
                    column++;
                    open(BlockKind.TABLE_CELL, 0);
                } else {
                    separate();
                }
            }
            case "li" -> {
                if (blockDepth == 0) {
                    open(BlockKind.LIST_ITEM, Math.max(1, listDepth));
                } else {
                    separate();
                }
            }
            case "p", "div", "blockquote", "pre" -> {
                if (blockDepth == 0) {
                    open(BlockKind.PARAGRAPH, 0);
                } else if (inCell()) {
                    cellLineBreak(); // a cell's paragraphs are its lines
                } else {
                    separate();
                }
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (blockDepth == 0) {
                    open(BlockKind.HEADING, name.charAt(1) - '0');
                } else {
                    separate();
                }
            }
            case "b", "strong" -> {
                if (boldDepth++ == 0) {
                    emphasisStart = out.length();
                }
            }
            case "br" -> lineBreak();
            default -> { }
        }
        if (blockDepth > 0 && isBlockElement(name)) {
            blockDepth++;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (loose && (isBlockElement(name) || isContainer(name))) {
            closeLoose();
        }
        if (tocEntry != null) {
            if (tocEntry.equals(name)) {
                tocEntry = null;
            }
            return;
        }
        if (blockDepth > 0 && isBlockElement(name)) {
            blockDepth--;
            if (blockDepth == 1) {
                close();
            }
        }
        switch (name) {
            case "head", "title", "script", "style" -> skip = false;
            case "ul", "ol" -> listDepth = Math.max(0, listDepth - 1);
            case "table", "dl" -> {
                tableDepth = Math.max(0, tableDepth - 1);
                if (tableDepth == 0) {
                    if (name.equals("table") && !mergedTables.isEmpty()) {
                        writeMergedCells();
                    }
                    endLine();
                    out.append('\n');
                }
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    endLine();
                    if (!rowCells.isEmpty()) {
                        rowCells.set(rowCells.size() - 1, column + 1);
                    }
                }
            }
            case "b", "strong" -> {
                if (--boldDepth == 0 && emphasisStart >= 0 && blockDepth > 0) {
                    int end = out.length();
                    while (end > emphasisStart && Character.isWhitespace(out.charAt(end - 1))) {
                        end--;
                    }
                    int start = emphasisStart;
                    while (start < end && Character.isWhitespace(out.charAt(start))) {
                        start++;
                    }
                    if (end > start) {
                        emphasis.add(new Span(start, end));
                    }
                }
                boldDepth = Math.max(0, boldDepth);
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skip || tocEntry != null) {
            return;
        }
        if (blockDepth == 0) {
            if (tableDepth > 0 || !hasText(ch, start, length)) {
                return; // white space between blocks, or between a table's cells
            }
            open(BlockKind.PARAGRAPH, 0);
            loose = true;
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\n' && newlineBreaks && inCell()) {
                cellLineBreak();
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                // Collapse runs of white space; never start a block with it.
                if (out.length() > blockStart && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    /** Tika writes an HTML line break ("<br>") as ignorable white space holding a newline. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (ch[i] == '\n') {
                lineBreak();
                return;
            }
        }
        characters(ch, start, length);
    }

    /**
     * A line break inside a paragraph or heading ends a line that reads on its own ("<b>Workshop on X</b><br>Lima,
     * 3-4 May 2016<br>The workshop ..."): the paragraph goes on as a new block on the next line, as in a text
     * file; inside a list item or table cell it is a space.
     */
    private void lineBreak() {
        if (inCell()) {
            cellLineBreak();
            return;
        }
        if (blockDepth == 0 || kind == BlockKind.LIST_ITEM) {
            separate();
            return;
        }
        int depth = blockDepth;
        BlockKind k = kind;
        int lvl = level;
        close("\n");
        kind = k;
        level = lvl;
        blockDepth = depth;
        blockStart = out.length();
        emphasisStart = boldDepth > 0 ? out.length() : -1;
    }

    /**
     * A line break inside a table cell ("Jamaica Environment Trust<br>5Cs"): the cell's lines are its items (one
     * partner, one place a line), so the cell keeps a newline there; the cell stays one block of its row.
     */
    private boolean inCell() {
        return blockDepth > 0 && kind == BlockKind.TABLE_CELL;
    }

    private void cellLineBreak() {
        while (out.length() > blockStart && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (out.length() > blockStart && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /**
     * Word's table of contents: paragraphs in its styles "toc 1", "toc 2", ... and "TOC Heading", which Tika writes
     * as their class. A line repeats a heading with its page number ("Workshop on X, Accra, 4-5 March 2018 ⇥ 4") and
     * would be read as the activity itself, ahead of the real heading.
     */
    private static final Pattern TOC_STYLE = Pattern.compile("(?i)toc_(?:\\d|heading)\\b.*");

    private static boolean isTocEntry(String classes) {
        return classes != null && TOC_STYLE.matcher(classes).matches();
    }

    private static boolean isBlockElement(String name) {
        return switch (name) {
            case "p", "div", "blockquote", "pre", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    /** Elements that hold blocks: loose text before or after one of them ends there. */
    private static boolean isContainer(String name) {
        return switch (name) {
            case "ul", "ol", "dl", "table", "tr", "body", "html" -> true;
            default -> false;
        };
    }

    private static boolean hasText(char[] ch, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (!Character.isWhitespace(ch[i]) && ch[i] != '\u00a0') {
                return true;
            }
        }
        return false;
    }

    /** Ends a paragraph of loose text. */
    private void closeLoose() {
        loose = false;
        close();
    }

    @Override
    public void endDocument() {
        if (loose) {
            closeLoose();
        }
    }

    private void open(BlockKind k, int lvl) {
        kind = k;
        level = lvl;
        blockDepth = 1;  // incremented to 2 by the caller's isBlockElement check
        blockStart = out.length();
        emphasis.clear();
    }

    /** A nested paragraph or line break inside a block becomes a space. */
    private void separate() {
        if (blockDepth > 0 && out.length() > blockStart && !Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.append(' ');
        }
    }

    private void close() {
        close("\n\n");
    }

    /** Ends the block being built; a block other than a table cell is followed by separator. */
    private void close(String separator) {
        int end = out.length();
        while (end > blockStart && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\n')) {
            end--; // a cell's last line break ends no line
        }
        out.setLength(end);
        blockDepth = 0;
        if (end > blockStart) {
            int limit = end;
            List<Span> em = emphasis.stream().filter(s -> s.end() <= limit).toList();
            if (kind == BlockKind.TABLE_CELL) {
                blocks.add(new Block(kind, new Span(blockStart, end), 0, tableIndex, row, column, em));
                out.append('\t');
            } else {
                blocks.add(new Block(kind, new Span(blockStart, end), level, -1, -1, -1, em));
                out.append(separator);
            }
        } else if (kind == BlockKind.TABLE_CELL) {
            out.append('\t');
        }
        emphasis.clear();
    }

    /**
     * Writes the table just read again with its merged cells (DocxMergedCells), when the package holds a table
     * with the same cells: a cell spanning columns is followed by a tab for each, so the next cell stands in its
     * column, and a cell merged down over rows is written in each of them, a cell of every row it covers.
     */
    private void writeMergedCells() {
        List<Block> read = new ArrayList<>(blocks.subList(tableBlockStart, blocks.size()));
        String[][] cells = new String[rowCells.size()][];
        Block[][] cellBlocks = new Block[rowCells.size()][];
        for (int r = 0; r < cells.length; r++) {
            cells[r] = new String[rowCells.get(r)];
            cellBlocks[r] = new Block[rowCells.get(r)];
            Arrays.fill(cells[r], "");
        }
        for (Block b : read) {
            if (b.row() >= 0 && b.row() < cells.length && b.column() >= 0 && b.column() < cells[b.row()].length) {
                cells[b.row()][b.column()] = b.span().of(out);
                cellBlocks[b.row()][b.column()] = b;
            }
        }
        DocxMergedCells.Table table = mergedTables.stream().filter(t -> sameCells(t, cells)).findFirst().orElse(null);
        if (table == null) {
            return;
        }
        mergedTables.remove(table);
        String old = out.substring(tableTextStart);
        out.setLength(tableTextStart);
        blocks.subList(tableBlockStart, blocks.size()).clear();
        Map<Integer, Block> above = new HashMap<>(); // the cell written in each column of the row above
        for (int r = 0; r < cells.length; r++) {
            int grid = 0;
            Map<Integer, Block> written = new HashMap<>();
            for (int c = 0; c < cells[r].length; c++) {
                DocxMergedCells.Cell cell = table.rows().get(r).get(c);
                Block source = cellBlocks[r][c];
                String text = source == null ? "" : old.substring(source.span().start() - tableTextStart, source.span().end() - tableTextStart);
                if (cell.continued() && above.containsKey(grid)) {
                    source = above.get(grid);
                    text = source.span().of(out);
                }
                int start = out.length();
                out.append(text);
                if (!text.isEmpty()) {
                    int shift = start - source.span().start(); // its spans stand where the text is written now
                    List<Span> em = source.emphasis().stream().map(e -> new Span(e.start() + shift, e.end() + shift)).toList();
                    Block b = new Block(BlockKind.TABLE_CELL, new Span(start, out.length()), 0, tableIndex, r, grid, em);
                    blocks.add(b);
                    written.put(grid, b);
                }
                out.append("\t".repeat(cell.span()));
                grid += cell.span();
            }
            endLine();
            above = written;
        }
    }

    private static boolean sameCells(DocxMergedCells.Table table, String[][] cells) {
        if (table.rows().size() != cells.length) {
            return false;
        }
        for (int r = 0; r < cells.length; r++) {
            List<DocxMergedCells.Cell> row = table.rows().get(r);
            if (row.size() != cells[r].length) {
                return false;
            }
            for (int c = 0; c < cells[r].length; c++) {
                if (!row.get(c).letters().equals(DocxMergedCells.letters(cells[r][c]))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Ends a table row: the trailing tab becomes a newline. */
    private void endLine() {
        if (out.length() > 0 && out.charAt(out.length() - 1) == '\t') {
            out.setCharAt(out.length() - 1, '\n');
        }
    }

    String text() {
        return out.toString();
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }
}
