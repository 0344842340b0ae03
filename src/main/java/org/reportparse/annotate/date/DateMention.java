package org.reportparse.annotate.date;

import java.util.List;
import org.reportparse.annotate.Span;

/**
 * A date expression found in text, normalized but not yet placed in the document's context
 * (a missing year stays null until the date field infers it).
 *
 * @param days the individual days when the text lists them ("17, 18, 20-21"), else empty
 */
public record DateMention(Span span, PartialDate start, PartialDate end, List<PartialDate> days) {}
