package org.reportparse.model;

import org.reportparse.annotate.Span;

/** How many people took part. qualifier: exact, more_than, at_least, about, up_to, fewer_than. */
public record AttendanceValue(int count, String qualifier, String text, Span span) {}
