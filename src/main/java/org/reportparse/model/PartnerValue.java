package org.reportparse.model;

import org.reportparse.annotate.Span;

/** An organization with an active role in an activity, by canonical name. */
public record PartnerValue(String name, String acronym, String role, String text, Span span) {}
