/**
 * Places: a GeoNames-derived gazetteer and the annotator that finds, resolves and selects the
 * places of an activity.
 *
 * <ul>
 *   <li>{@link org.reportparse.annotate.place.Gazetteer}: cities (population &gt;= 15,000, capitals,
 *       admin-1 seats), admin-1 regions and countries, indexed by folded name key; loaded once from
 *       {@code gazetteer.index.gz}, which {@code scripts/build-gazetteer} ({@link
 *       org.reportparse.annotate.place.GazetteerBuilder}) makes of {@code gazetteer.tsv.gz},
 *       {@code country-facts.tsv} (capitals, demonyms, other country names) and {@code city-names.tsv}
 *       (English names and written forms such as "Mexico, DF").</li>
 *   <li>{@link org.reportparse.annotate.place.NameMatcher}: candidate names in tokens, with
 *       "City, Country" / "City, Region" / "City (Country)" qualifiers and "the Honduran capital".</li>
 *   <li>{@link org.reportparse.annotate.place.PlaceAnnotator}: resolution among same-named places
 *       (population, primary name, capitals, countries named in the line, list, section and
 *       document) and acceptance of weak candidates; {@code find} and {@code countriesNamed} are
 *       public for the segmenter and other annotators.</li>
 *   <li>{@link org.reportparse.annotate.place.PlaceField}: which places belong to the activity
 *       (place label, header lines, "held in X" in the title or first sentences).</li>
 * </ul>
 * Word lists (cues, origins, connectors, common words that are also towns) are in {@code words.tsv};
 * recognition examples with expected results in the test corpus {@code corpus.tsv}.
 */
package org.reportparse.annotate.place;
