package org.newskg.extract.count;

import java.util.List;
import org.newskg.extract.model.Entity;
import org.newskg.extract.text.AnalyzedText;

/**
 * The count stage: arrest counts found at their numbers ({@link ArrestCounter}) and placed from
 * the clause outwards ({@link CountPlacer}), and the arrests of named persons. Needs the text and
 * the entities; safe to share between threads.
 */
public final class CountFinder {
    private final ArrestCounter counter = new ArrestCounter();
    private final IndividualArrestFinder arrests = new IndividualArrestFinder();

    public Counts find(AnalyzedText text, List<Entity> entities) {
        return new Counts(counter.count(text, entities),
                arrests.find(text.article(), text.sentences(), entities), CountPlacer.dateline(text.article(), entities));
    }
}
