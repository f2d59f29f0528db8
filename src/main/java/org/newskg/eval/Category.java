package org.newskg.eval;

import java.util.Locale;

/** The scored categories, each with the competency query whose answers it reads. */
public enum Category {
    PERSONS("persons"), ORGANIZATIONS("organizations"), PLACES("places"), ARREST_COUNTS("arrest-counts"),
    QUOTES_FOUND("quotes"), QUOTES_ATTRIBUTED("quotes");

    private final String query;

    Category(String query) {
        this.query = query;
    }

    /** The competency query's file name without {@code .rq}. */
    public String query() {
        return query;
    }

    /** The name score.py prints ("arrest_counts"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
