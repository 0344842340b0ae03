package org.reportparse.model;

import org.reportparse.annotate.Span;

/** A resolved place of an activity. city is null for a country-only place; coordinates may be null. */
public record PlaceValue(String name, String city, String region, String country, String countryCode,
                         Double latitude, Double longitude, String text, Span span) {}
