package org.reportparse.extract;

import java.util.ArrayList;
import java.util.List;
import org.reportparse.annotate.Span;

/**
 * A table laid out in columns of spaces, as fixed-width reports and PDF-to-text conversions write
 * them: a header line of at least three cells separated by two or more spaces, then rows whose
 * cells start where the header's columns start.
 */
final class ColumnTable {
    private static final int MIN_COLUMNS = 3;
    /** A header cell is a short label, not a phrase of prose. */
    private static final int MAX_HEADER_CELL = 40;
    /** How far a row's cell may start from its column's start. */
    private static final int SLACK = 2;

    private ColumnTable() {}

    /** The column starts (offsets in the line) of a header line, or null if the line is no header. */
    static int[] header(String line) {
        List<int[]> cells = cells(line);
        if (cells.size() < MIN_COLUMNS) {
            return null;
        }
        int[] starts = new int[cells.size()];
        for (int i = 0; i < starts.length; i++) {
            int[] c = cells.get(i);
            char last = line.charAt(c[1] - 1);
            if (c[1] - c[0] > MAX_HEADER_CELL || last == '.' || last == ',') {
                return null;
            }
            starts[i] = c[0];
        }
        return starts;
    }

    /** A row of the table: at least two cells, each starting at one of the columns. */
    static boolean aligned(String line, int[] columns) {
        List<int[]> cells = cells(line);
        if (cells.size() < 2) {
            return false;
        }
        for (int[] c : cells) {
            if (column(c[0], columns) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line of a row whose cells wrap ("              marine protected areas" under "17 Mar   Community consultation
     * on   ..."): every cell at a column, none at the first.
     */
    static boolean wrapped(String line, int[] columns) {
        List<int[]> cells = cells(line);
        if (cells.isEmpty()) {
            return false;
        }
        for (int[] c : cells) {
            if (column(c[0], columns) <= 0) {
                return false;
            }
        }
        return true;
    }

    /** Adds the cells of the row at [lineStart, lineEnd) of text, each in the column it starts at. */
    static void addCells(List<Block> blocks, String text, int lineStart, int lineEnd, int table, int row, int[] columns) {
        for (int[] c : cells(text.substring(lineStart, lineEnd))) {
            blocks.add(new Block(BlockKind.TABLE_CELL, new Span(lineStart + c[0], lineStart + c[1]), 0, table, row,
                    column(c[0], columns), List.of()));
        }
    }

    private static int column(int start, int[] columns) {
        for (int i = 0; i < columns.length; i++) {
            if (Math.abs(start - columns[i]) <= SLACK) {
                return i;
            }
        }
        return -1;
    }

    /** [start, end) of each run of text between gaps of two or more spaces (or a tab). */
    private static List<int[]> cells(String line) {
        List<int[]> cells = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end = i;
            while (i < n) {
                char ch = line.charAt(i);
                boolean gap = ch == '\t' || ch == ' ' && i + 1 < n && Character.isWhitespace(line.charAt(i + 1));
                if (gap) {
                    break;
                }
                if (!Character.isWhitespace(ch)) {
                    end = i + 1;
                }
                i++;
            }
            cells.add(new int[] {start, end});
        }
        return cells;
    }
}
