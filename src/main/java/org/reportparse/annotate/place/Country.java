package org.reportparse.annotate.place;

import java.util.List;

/**
 * A country: ISO 3166-1 alpha-2 code, English and Spanish names, demonyms and capital.
 *
 * @param capital the capital city as commonly meant (seat of government), or null when unknown
 */
public record Country(String code, String name, String spanishName, List<String> names,
                     List<String> demonyms, GeoPlace capital) {}
