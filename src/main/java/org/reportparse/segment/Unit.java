package org.reportparse.segment;

import java.util.List;
import org.reportparse.annotate.Span;
import org.reportparse.annotate.date.DateMention;
import org.reportparse.extract.Block;

/**
 * A block (or a whole table) with the layout features segmentation decides on.
 *
 * @param label     a "Label: value" at the start of the block, or null
 * @param dateLine  a short line that is mostly a date ("03/09/2009 - 03/13/2009")
 * @param placeDate a short line of place names then a date ("Quito, August 25-26, 2005")
 * @param titleLike a heading or a short title-like line
 * @param table     the table's cells by row, for a table unit; else null
 */
record Unit(Block block, Span span, String text, Labels.LineLabel label, List<DateMention> dates,
            boolean dateLine, boolean placeDate, boolean titleLike, List<List<Block>> table) {

    boolean isTable() {
        return table != null;
    }

    boolean hasDate() {
        return !dates.isEmpty();
    }

    boolean isLabel(String... keys) {
        if (label == null) {
            return false;
        }
        for (String k : keys) {
            if (label.key().equals(k)) {
                return true;
            }
        }
        return keys.length == 0;
    }
}
