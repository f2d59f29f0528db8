package org.newskg.app;

/**
 * What a build did, counted.
 *
 * @param built      articles extracted and loaded
 * @param unchanged  articles skipped because the dataset already holds their graph for the same content
 * @param failed     inputs that could not be read
 * @param entities   persons, organizations and places found (per article, summed)
 * @param counts     arrest counts found
 * @param statements statements found
 * @param quads      quads loaded
 */
public record BuildTotals(long built, long unchanged, long failed, long entities, long counts, long statements,
                          long quads) {

    /** The running totals of a build in progress; only the build's own thread touches them. */
    static final class Counter {
        long built;
        long unchanged;
        long failed;
        long entities;
        long counts;
        long statements;
        long quads;

        void add(ArticleSummary s) {
            built++;
            entities += s.persons() + s.organizations() + s.places();
            counts += s.counts();
            statements += s.statements();
            quads += s.triples();
        }

        BuildTotals snapshot() {
            return new BuildTotals(built, unchanged, failed, entities, counts, statements, quads);
        }
    }
}
