package org.reportparse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportparse.annotate.Span;

/**
 * Recovers blocks from plain text layout: blank lines separate blocks, bullet markers start list
 * items, a hard-wrapped line joins the line before it when it visibly continues a sentence, and
 * runs of tab- or pipe-separated lines, or of lines aligned in columns of spaces, become table cells.
 */
public final class PlainTextLayout {
    /**
     * Bullet or number marker at the start of a line: "·", "•", "-", "*", "1.", "2)", "a)"; also the
     * private-use characters of symbol fonts that word processors' bullets come out as in PDFs and text
     * copied from them (U+F0B7 Symbol's bullet, U+F0A7 Wingdings' square, U+F0D8 and U+F076 arrows, U+F0FC tick).
     */
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:[·•▪◦‣∙●○■□➢►*\\uF0B7\\uF0A7\\uF0D8\\uF076\\uF0FC]|[-–—](?=\\s)|\\d{1,2}[.)](?=\\s)|[a-z][)](?=\\s))[ \\t]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')]?$");
    private static final Pattern MD_BOLD = Pattern.compile("\\*\\*([^*\\n]+)\\*\\*");
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+");
    /** A markdown table's rule line: "|---|:---:|". */
    private static final Pattern RULE_LINE = Pattern.compile("^\\s*\\|?[\\s:|+-]*-[\\s:|+-]*$");
    private static final Pattern CONTINUES = Pattern.compile("(?:[,;\\-–]|\\b(?:and|or|of|the|in|on|for|to|a|an|with|de|del|la|el|y|en|para|por|con))\\s*$");

    /** "Final report 2017      Page 2", "Página 3 de 12": a running header or footer's page number, at the line's end. */
    private static final Pattern PAGE_FURNITURE = Pattern.compile(
            "(?:^\\s*|\\S(?:\\s{3,}|\\t)\\s*)(?:page|p[aá]gina|p[aá]g\\.)\\s*\\d{1,4}(?:\\s*(?:of|de|/)\\s*\\d{1,4})?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private PlainTextLayout() {}

    /** Length of the bullet or number marker (with its spaces) at the start of line, or 0. */
    public static int markerLength(CharSequence line) {
        Matcher m = BULLET.matcher(line);
        return m.find() ? m.end() : 0;
    }

    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        int start = -1;          // start of the block being built
        int end = -1;            // end of its last line
        int lineStart = 0;
        int currentLevel = 0;    // the current block's list level: 0 for no list item, 2 for an indented one
        int tables = 0;
        int row = -1;            // row index inside the current text table, -1 outside one
        int[] columns = null;    // column starts of the space-aligned table being read, if any
        int wrap = wrapWidth(text);
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            boolean pipeLine = isTableLine(line) && (row >= 0 || startsTable(text, lineEnd));
            int[] lineColumns = pipeLine ? null : columnRow(text, line, lineEnd, columns);
            if (lineColumns != null && lineColumns != columns) {
                row = -1; // a new header: a table of its own
            }
            columns = lineColumns;
            boolean tableLine = pipeLine || columns != null;
            if (tableLine) {
                if (start >= 0) {
                    blocks.add(block(text, start, end, currentLevel));
                    start = -1;
                }
                if (row < 0) {
                    tables++;
                }
                if (!RULE_LINE.matcher(line).matches()) {
                    row++;
                    if (columns != null) {
                        ColumnTable.addCells(blocks, text, lineStart, lineEnd, tables - 1, row, columns);
                    } else {
                        addCells(blocks, text, lineStart, lineEnd, tables - 1, row);
                    }
                }
            } else {
                row = -1;
            }
            if (tableLine) {
                // handled above
            } else if (MD_HEADING.matcher(line).lookingAt()) {
                // A Markdown heading ("## 2. Activities") is a heading block of its own.
                if (start >= 0) {
                    blocks.add(block(text, start, end, currentLevel));
                    start = -1;
                }
                Matcher h = MD_HEADING.matcher(line);
                h.lookingAt();
                Block b = block(text, lineStart + h.end(), lineEnd, 0);
                if (b.span().length() > 0) {
                    blocks.add(Block.of(BlockKind.HEADING, b.span(), h.group(1).length()));
                }
            } else if (line.isBlank() || isPageFurniture(line)) {
                // a page header between the halves of a paragraph is no block: the paragraph's end is not lost under it
                if (start >= 0) {
                    blocks.add(block(text, start, end, currentLevel));
                    start = -1;
                }
            } else {
                Matcher bullet = BULLET.matcher(line);
                boolean isItem = bullet.find();
                int contentStart = lineStart + (isItem ? bullet.end() : 0);
                if (start >= 0 && !isItem && (hangingIndent(text, start, end, line, currentLevel)
                        || continuesPrevious(text, start, end, line, wrap))) {
                    end = lineEnd;
                } else {
                    if (start >= 0) {
                        blocks.add(block(text, start, end, currentLevel));
                    }
                    start = contentStart;
                    end = lineEnd;
                    // "   ◦ 35 officers trained" under "• Workshop ...": an indented item is a level below
                    currentLevel = !isItem ? 0 : line.startsWith("  ") || line.startsWith("\t") ? 2 : 1;
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        if (start >= 0) {
            blocks.add(block(text, start, end, currentLevel));
        }
        return blocks;
    }

    private static boolean isPageFurniture(String line) {
        int last = line.length() - 1;
        while (last >= 0 && Character.isWhitespace(line.charAt(last))) {
            last--;
        }
        // cheap check first: only a line ending on a digit is tried
        return last >= 0 && Character.isDigit(line.charAt(last)) && PAGE_FURNITURE.matcher(line).find();
    }

    /** A row of a text table: cells separated by tabs or pipes (at least three cells). */
    private static boolean isTableLine(String line) {
        if (line.isBlank()) {
            return false;
        }
        int tabs = 0;
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            tabs += c == '\t' ? 1 : 0;
            pipes += c == '|' ? 1 : 0;
        }
        return tabs >= 2 || pipes >= 3 && line.strip().startsWith("|") || pipes >= 2 && pipeRow(line);
    }

    /**
     * Cells between pipes: a markdown row ("| a | b |") or a row written without its outer pipes
     * ("12 May 2017 | Workshop | Lima"), whose pipes stand between spaces.
     */
    private static boolean pipeRow(String line) {
        if (line.strip().startsWith("|")) {
            return true;
        }
        int spaced = 0;
        for (int i = line.indexOf(" | "); i >= 0; i = line.indexOf(" | ", i + 2)) {
            spaced++;
        }
        return spaced >= 2 && line.indexOf('\t') < 0;
    }

    /**
     * The columns of the space-aligned table the line belongs to: a row of the table being read,
     * or a header whose next line is a row of it; null when the line is in no such table.
     */
    private static int[] columnRow(String text, String line, int lineEnd, int[] columns) {
        if (line.isBlank()) {
            return null;
        }
        if (columns != null && (ColumnTable.aligned(line, columns) || ColumnTable.wrapped(line, columns))) {
            return columns;
        }
        if (line.indexOf("  ") < 0 && line.indexOf('\t') < 0) {
            return null; // most lines have no gap of two spaces: no header to look for
        }
        int[] header = ColumnTable.header(line);
        if (header == null || lineEnd >= text.length()) {
            return null;
        }
        int nl = text.indexOf('\n', lineEnd + 1);
        return ColumnTable.aligned(text.substring(lineEnd + 1, nl < 0 ? text.length() : nl), header) ? header : null;
    }

    /** A table needs two rows: the next line is a row too. */
    private static boolean startsTable(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return false;
        }
        int nl = text.indexOf('\n', lineEnd + 1);
        return isTableLine(text.substring(lineEnd + 1, nl < 0 ? text.length() : nl));
    }

    private static void addCells(List<Block> blocks, String text, int lineStart, int lineEnd, int table, int row) {
        String line = text.substring(lineStart, lineEnd);
        boolean pipes = pipeRow(line);
        boolean outerPipes = pipes && line.strip().startsWith("|");
        char sep = pipes ? '|' : '\t';
        int column = 0;
        int cellStart = lineStart;
        if (outerPipes) {
            cellStart = lineStart + line.indexOf('|') + 1;
        }
        for (int i = cellStart; i <= lineEnd; i++) {
            if (i == lineEnd || text.charAt(i) == sep) {
                int a = cellStart;
                int b = i;
                while (a < b && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
                boolean trailingPipe = outerPipes && i == lineEnd && a == b;
                if (!trailingPipe) {
                    if (b > a) {
                        blocks.add(new Block(BlockKind.TABLE_CELL, new Span(a, b), 0, table, row, column, List.of()));
                    }
                    column++;
                }
                cellStart = i + 1;
            }
        }
    }

    /**
     * A list item's text wrapped under its first word: an indented line after a long item line that ends mid-sentence
     * ("• 6 October 2020 – Training ..., with the Office of Disaster" / "  Preparedness and Emergency Management").
     */
    private static boolean hangingIndent(String text, int start, int end, String line, int level) {
        if (level == 0 || !(line.startsWith("  ") || line.startsWith("\t"))) {
            return false;
        }
        Span last = lastLine(text, start, end);
        return last.length() >= 60 && !SENTENCE_END.matcher(text).region(last.start(), last.end()).find();
    }

    /** The last line of the block text[start, end), without trailing white space. */
    private static Span lastLine(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(Math.max(start, text.lastIndexOf('\n', e - 1) + 1), e);
    }

    /**
     * A wrapped line: it starts in lower case, or the block so far stops mid-phrase, or the text is
     * hard-wrapped and the line before it was filled to the wrap width (so it ended only because
     * the line was full).
     */
    private static boolean continuesPrevious(String text, int start, int end, String line, int wrap) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        char first = trimmed.charAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        // Only the block's last line is read (in place: copying and regex-scanning the whole block at every
        // line made long blocks quadratic).
        Span last = lastLine(text, start, end);
        int prevEnd = last.end();
        int lastLineStart = last.start();
        int lastLength = prevEnd - lastLineStart;
        // After a full stop, a line without closing punctuation is a title, not a continuation.
        boolean titleAfterSentence = SENTENCE_END.matcher(text).region(lastLineStart, prevEnd).find()
                && !SENTENCE_END.matcher(trimmed).find() && !trimmed.endsWith(",") && !trimmed.endsWith(";");
        boolean endsWithColon = prevEnd > start && text.charAt(prevEnd - 1) == ':';
        // "Actividad: Taller de ..." over "Fecha: 14 al 16 de marzo": a record's fields, each on its line, not a wrap
        boolean nextField = opensOnLabel(trimmed) && opensOnLabel(text.substring(lastLineStart, prevEnd).strip());
        if (wrap > 0 && lastLength >= wrap && !endsWithColon && !titleAfterSentence && !nextField) {
            return true;
        }
        return lastLength >= 60 && CONTINUES.matcher(text).region(lastLineStart, prevEnd).find();
    }

    /** "Fecha: ...", "Place of event: ...": a line opening on a label of at most three words and its colon. */
    static boolean opensOnLabel(String line) {
        int colon = line.indexOf(':');
        if (colon < 2 || colon > 30 || colon + 1 < line.length() && line.charAt(colon + 1) != ' ') {
            return false; // "10:30", "http://"
        }
        int words = 1;
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetter(c) && c != '.' && c != '/') {
                return false;
            }
        }
        return words <= 3 && Character.isUpperCase(line.charAt(0));
    }

    /**
     * The length from which a line counts as filled in hard-wrapped text (e-mail, PDF-to-text,
     * fixed-width reports), or 0 when the text is not hard-wrapped. Hard-wrapped text has many
     * lines just short of one maximum width; free text has paragraphs of any length.
     */
    static int wrapWidth(String text) {
        List<Integer> lengths = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.stripTrailing();
            if (!l.isBlank()) {
                lengths.add(l.length());
            }
        }
        int byShape = 0;
        if (lengths.size() >= 8) {
            List<Integer> sorted = new ArrayList<>(lengths);
            sorted.sort(null);
            int max = sorted.get((int) Math.floor(sorted.size() * 0.95) - 1);
            if (max >= 40 && max <= 140) {
                int threshold = (int) (max * 0.75);
                long near = lengths.stream().filter(n -> n >= threshold && n <= max + 2).count();
                long longer = lengths.stream().filter(n -> n > max + 20).count();
                byShape = near * 10 >= lengths.size() * 4 && longer * 20 <= lengths.size() ? threshold : 0;
            }
        }
        return byShape > 0 ? byShape : wrapSeen(text, lengths);
    }

    /**
     * A short text too small to show its shape may still show its wrapping: a long line that a line in
     * lower case goes on ("... 30 civil society" / "representatives and officials."), or that ends mid-phrase. Then a line as long,
     * without a full stop, is cut by the wrap too ("... with the Uganda Local" / "Governments Association.").
     * Text with longer lines is free text whose breaks were made by hand.
     */
    private static int wrapSeen(String text, List<Integer> lengths) {
        int seen = 0;
        String previous = "";
        for (String line : text.split("\n")) {
            String l = line.strip();
            // a line in lower case goes on the one before, and a line ending on "the", "de" or a comma is cut mid-phrase
            boolean wrapped = !l.isEmpty() && (Character.isLowerCase(l.charAt(0)) || CONTINUES.matcher(previous).find());
            if (wrapped && previous.length() >= 60) {
                seen = Math.max(seen, previous.length());
            }
            previous = l;
        }
        int width = seen;
        return seen > 0 && lengths.stream().noneMatch(n -> n > width + 20) ? (int) (seen * 0.85) : 0;
    }

    private static Block block(String text, int start, int end, int itemLevel) {
        boolean item = itemLevel > 0;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // Markdown **bold** runs are emphasis, as bold runs are in DOCX.
        List<Span> emphasis = new ArrayList<>();
        Matcher m = hasDoubleStar(text, start, end) ? MD_BOLD.matcher(text).region(start, end) : null;
        while (m != null && m.find()) {
            emphasis.add(new Span(m.start(1), m.end(1)));
        }
        return new Block(item ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH, new Span(start, end), itemLevel,
                -1, -1, -1, emphasis);
    }

    /** Whether "**" occurs in text[start, end): most blocks have no bold run, and the regex scan showed in profiles. */
    private static boolean hasDoubleStar(String text, int start, int end) {
        for (int i = start; i + 1 < end; i++) {
            if (text.charAt(i) == '*' && text.charAt(i + 1) == '*') {
                return true;
            }
        }
        return false;
    }
}
