package org.reportparse.model;

/** The period a report covers, e.g. start 2005-04, end 2005-12. */
public record Period(String start, String end, String text) {}
