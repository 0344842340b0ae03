package org.reportparse.segment;

/** How the activity was laid out in the source; fields may weigh evidence differently per kind. */
public enum SectionKind {
    /** A title line/heading followed by place/date lines and prose. */
    HEADED,
    /** One bullet item naming an event. */
    BULLET,
    /** One row of a table with one activity per row. */
    TABLE_ROW,
    /** A label/value form (two-column table or "Label: value" lines). */
    FORM,
    /** A one-event document such as a press release. */
    WHOLE_DOCUMENT
}
