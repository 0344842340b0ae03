package org.reportparse.annotate.place;

/** What a gazetteer entry names. */
public enum PlaceKind {
    CITY, REGION, COUNTRY
}
