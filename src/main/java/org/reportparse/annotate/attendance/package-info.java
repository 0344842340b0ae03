/**
 * Attendance: how many people took part in an activity.
 *
 * <p>{@link org.reportparse.annotate.attendance.AttendanceAnnotator} finds counts in text and says what
 * each counts (participants, other people, staff, things such as countries or posters) with its
 * qualifier and context; {@link org.reportparse.annotate.attendance.AttendanceField} picks the
 * activity's value: a {@code participants} label first, then the prose, where a stated total wins and
 * counts tied to taking part add up (sub-sessions) with the weakest qualifier.
 *
 * <p>Rules are data: {@code numbers-en.tsv}/{@code numbers-es.tsv} (number words and their grammar
 * kinds) and {@code lexicon-en.tsv}/{@code lexicon-es.tsv} (nouns for people and for things,
 * qualifier cues, attendance cues, totals, parts, background). Both languages are always loaded
 * because reports mix them. The corpus {@code attendance-corpus.tsv} in the test resources is the
 * specification by example.
 */
package org.reportparse.annotate.attendance;
