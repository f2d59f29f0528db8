package org.newskg.extract.model;

/** What sort of place a gazetteer entry is. */
public enum PlaceKind {
    CITY, STATE, COUNTRY, REGION
}
