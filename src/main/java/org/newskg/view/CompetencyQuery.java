package org.newskg.view;

import java.util.Objects;

/** One of the ontology's competency queries: its file name without .rq, what it asks, its text. */
public record CompetencyQuery(String name, String question, String text) {
    public CompetencyQuery {
        Objects.requireNonNull(name, "name may not be null");
        Objects.requireNonNull(question, "question may not be null");
        Objects.requireNonNull(text, "text may not be null");
    }
}
