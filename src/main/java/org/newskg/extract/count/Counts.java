package org.newskg.extract.count;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.model.ArrestCount;
import org.newskg.extract.model.IndividualArrest;

/**
 * What the count stage finds in one article.
 *
 * @param counts     the arrest counts, each with its place
 * @param individual the arrests of named persons
 * @param dateline   the key of the place the story was filed from, when its dateline names one
 */
public record Counts(List<ArrestCount> counts, List<IndividualArrest> individual, Optional<String> dateline) {
    public Counts {
        counts = List.copyOf(counts);
        individual = List.copyOf(individual);
    }
}
