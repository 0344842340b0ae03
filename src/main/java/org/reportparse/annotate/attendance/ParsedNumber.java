package org.reportparse.annotate.attendance;

/**
 * A number read from tokens [start, end).
 *
 * @param value  the number, or null for a vague plural ("dozens of")
 * @param approx true for approximate words ("a dozen", "un centenar")
 * @param digits true when written in digits
 */
record ParsedNumber(Integer value, int start, int end, boolean approx, boolean digits) {}
