package org.reportparse.extract;

import java.util.List;
import org.reportparse.annotate.Span;

/**
 * A structural unit of the document text: a heading, a paragraph (or a plain-text line), a list
 * item or a table cell.
 *
 * @param level    heading level (1-6) or list nesting depth (1..); 0 otherwise
 * @param table    index of the table in the document for a cell, else -1
 * @param row      row index inside the table for a cell, else -1
 * @param column   column index inside the row for a cell, else -1
 * @param emphasis bold/strong runs inside the block (DOCX/HTML only), e.g. an event name at the start of a bullet
 */
public record Block(BlockKind kind, Span span, int level, int table, int row, int column, List<Span> emphasis) {

    public static Block of(BlockKind kind, Span span, int level) {
        return new Block(kind, span, level, -1, -1, -1, List.of());
    }

    public boolean isCell() {
        return kind == BlockKind.TABLE_CELL;
    }
}
