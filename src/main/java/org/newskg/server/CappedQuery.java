package org.newskg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query operation with a cap on the result size: a query without a LIMIT, or with a
 * larger one, runs with LIMIT {@code cap}, and the response names the cap in the {@value #HEADER}
 * header (an answer with that many solutions may have been cut). A query asking for fewer is
 * left alone. Before it runs, {@link QueryGuard} checks the query and makes its regular
 * expressions stoppable, and the {@link QueryWatchdog} learns of it.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    /** The response header naming the cap when it set or lowered a query's LIMIT. */
    static final String HEADER = "NewsKG-Result-Limit";

    private final long cap;
    private final boolean allowService;
    private final QueryWatchdog watchdog;

    CappedQuery(long cap, boolean allowService, QueryWatchdog watchdog) {
        if (cap < 1) {
            throw new IllegalArgumentException("the result cap must be at least 1, not " + cap);
        }
        this.cap = cap;
        this.allowService = allowService;
        this.watchdog = watchdog;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryGuard.check(query, allowService);
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > cap)) {
            query.setLimit(cap);
            action.getResponse().setHeader(HEADER, Long.toString(cap));
        }
        QueryExec exec = super.createQueryExec(action, QueryGuard.timed(query), dataset);
        watchdog.started(action.getRequest(), exec);
        return exec;
    }
}
