package org.reportparse.segment;

import java.time.LocalDate;
import org.reportparse.annotate.Span;

/**
 * The report's own header, context for every activity below it.
 *
 * @param title        the report title, or null
 * @param periodStart  ISO start of the covered period ("2005-04"), or null
 * @param periodEnd    ISO end of the covered period ("2005-12"), or null
 * @param period       where the period was written, or null
 * @param dateline     the release/dateline date of a press release or dated report, or null
 */
public record ReportHeader(Span title, String periodStart, String periodEnd, Span period,
                           LocalDate dateline, Span datelineSpan) {
    public static final ReportHeader EMPTY = new ReportHeader(null, null, null, null, null, null);
}
