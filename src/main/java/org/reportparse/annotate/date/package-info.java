/**
 * Dates: finding date expressions and choosing the activity's date.
 *
 * <p>{@link org.reportparse.annotate.date.DateAnnotator#find} tokenizes a stretch of text and runs
 * one grammar ({@code DateGrammar}) whose words come from resource files in
 * {@code org/reportparse/annotate/date/}: {@code common.tsv} plus one file per language
 * ({@code en.tsv}, {@code es.tsv}). Each line is {@code type<TAB>phrase<TAB>value<TAB>flags}:
 * month, weekday, ordsuffix, ordinal, range and list connectors, opener ("from", "del", "entre"),
 * filler ("of", "de"), monthprep ("in July"), season, relative ({@code {weekday}} placeholder),
 * veto ({@code {num}} placeholder: "Resolution 1948"), numeric-order and numeric-separator, and the
 * cues {@link org.reportparse.annotate.date.DateField} reads (skip-before, skip-after,
 * skip-sentence, keep-sentence, until, number/dayunit for "two-day", end-label, cue-filler).
 * A new language is a new file; an unknown language falls back to English.
 *
 * <p>The corpus {@code src/test/resources/org/reportparse/annotate/date/corpus.tsv} is both the
 * test suite and the documentation of what the grammar reads.
 */
package org.reportparse.annotate.date;
