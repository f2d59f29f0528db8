package org.newskg.view;

import java.util.List;
import java.util.Objects;

/**
 * One discrepancy between reported figures, as the discrepancies view lists it: its kind
 * ("figures differ", "parts exceed total", "across articles"), a line that says it, and the counts
 * it involves, each with its article and sentence.
 */
public record DiscrepancyItem(String iri, String kind, String description, List<ArrestBar> counts) {
    public DiscrepancyItem {
        Objects.requireNonNull(iri, "iri may not be null");
        Objects.requireNonNull(kind, "kind may not be null");
        Objects.requireNonNull(description, "description may not be null");
        counts = List.copyOf(counts);
    }
}
