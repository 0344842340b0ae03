package org.reportparse.extract;

/** What a block was in the source document. */
public enum BlockKind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    TABLE_CELL
}
