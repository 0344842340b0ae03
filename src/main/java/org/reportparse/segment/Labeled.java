package org.reportparse.segment;

import org.reportparse.annotate.Span;

/**
 * A labelled value inside a section: "Place: Lima, Peru", a form row "Venue | ...", or a table
 * cell under a column header. key is canonical (see segment/labels.tsv): title, type, date, place,
 * organizer, partner, sponsor, participants, presenter, notes.
 */
public record Labeled(String key, String label, Span value) {}
