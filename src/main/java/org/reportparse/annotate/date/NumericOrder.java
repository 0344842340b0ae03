package org.reportparse.annotate.date;

import org.reportparse.annotate.DocumentContext;

/**
 * Decides once per document whether its numeric dates are day-first or month-first: numeric
 * dates whose parts settle it (a part above 12, or a range that only runs forward one way) vote;
 * with no vote the language's default stands, with a warning unless the language is day-first
 * (Spanish) and so settles the order.
 */
final class NumericOrder {
    private static final String MEMO_KEY = "date.numericOrder";

    private final DateAnnotator dates;

    NumericOrder(DateAnnotator dates) {
        this.dates = dates;
    }

    /** The document's order, or NONE when nothing in it tells. */
    DateMention.Order of(DocumentContext ctx) {
        return ctx.memo(MEMO_KEY, () -> {
            int dayFirst = 0;
            int monthFirst = 0;
            for (DateMention m : dates.find(ctx.text(), 0, ctx.text().length(), ctx.language())) {
                if (!m.orderAmbiguous()) {
                    dayFirst += m.order() == DateMention.Order.DAY_FIRST ? 1 : 0;
                    monthFirst += m.order() == DateMention.Order.MONTH_FIRST ? 1 : 0;
                }
            }
            return dayFirst == monthFirst ? DateMention.Order.NONE
                    : dayFirst > monthFirst ? DateMention.Order.DAY_FIRST : DateMention.Order.MONTH_FIRST;
        });
    }

    /** The mention read in the document's order; warns when the order is only the language's guess. */
    DateMention apply(DateMention m, DocumentContext ctx) {
        if (!m.orderAmbiguous()) {
            return m;
        }
        DateMention.Order doc = of(ctx);
        if (doc == DateMention.Order.NONE && !dates.lexicon(ctx.language()).dayFirst()) {
            ctx.warn("numeric date " + ctx.textOf(m.span()) + " read as "
                    + (m.order() == DateMention.Order.DAY_FIRST ? "day/month" : "month/day")
                    + ": the document does not show its order");
            return m;
        }
        return doc == DateMention.Order.NONE || doc == m.order() ? m : m.swapped();
    }
}
