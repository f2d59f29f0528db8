package org.newskg.store;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.newskg.rdf.Prefixes;

/**
 * Runs SPARQL over a {@link KgStore}: the default graph is the union of the article graphs, and
 * GRAPH clauses still see each article's graph. SELECT and ASK results go out in the format
 * asked for; CONSTRUCT and DESCRIBE results as Turtle.
 */
public final class Queries {
    private Queries() {
    }

    /** Parses a query, failing with the parser's message. */
    public static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new StoreException("query does not parse: " + e.getMessage(), e);
        }
    }

    public static QueryOutcome run(KgStore store, String sparql, ResultFormat format, OutputStream out) {
        Query query = parse(sparql);
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                if (query.isSelectType()) {
                    ResultSetRewindable rs = qe.execSelect().rewindable();
                    writeSelect(rs, query, format, out);
                    return new QueryOutcome("SELECT", rs.size());
                }
                if (query.isAskType()) {
                    boolean answer = qe.execAsk();
                    writeAsk(answer, format, out);
                    return new QueryOutcome("ASK", answer ? 1 : 0);
                }
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                Prefixes.set(m);
                RDFWriter.source(m).format(RDFFormat.TURTLE_PRETTY).output(out);
                return new QueryOutcome(query.isConstructType() ? "CONSTRUCT" : "DESCRIBE", m.size());
            }
        });
    }

    /**
     * Runs a SELECT and returns its rows as variable name to lexical value (an IRI as its string,
     * a literal as its lexical form, an unbound variable as ""), as the CSV result format has them.
     */
    public static List<Map<String, String>> selectRows(KgStore store, String sparql) {
        return selectRows(store, sparql, Map.of(), -1);
    }

    /**
     * Runs a SELECT with variables bound to the given values (substituted into the parsed query,
     * never spliced into its text) and at most {@code limit} rows (none when negative), returning
     * its rows as {@link #selectRows(KgStore, String)} does.
     */
    public static List<Map<String, String>> selectRows(KgStore store, String sparql, Map<String, QueryParameter> bindings,
            long limit) {
        return selectRows(store, sparql, bindings, 0, limit);
    }

    /** As {@link #selectRows(KgStore, String, Map, long)}, skipping the first {@code offset} rows. */
    public static List<Map<String, String>> selectRows(KgStore store, String sparql, Map<String, QueryParameter> bindings,
            long offset, long limit) {
        Query query = parse(sparql);
        if (!query.isSelectType()) {
            throw new StoreException("not a SELECT query");
        }
        if (limit >= 0 && (!query.hasLimit() || query.getLimit() > limit)) {
            query.setLimit(limit);
        }
        if (offset > 0) {
            query.setOffset(offset);
        }
        return Txn.calculateRead(store.dataset(), () -> {
            QueryExecutionDatasetBuilder builder = QueryExecution.dataset(store.dataset()).query(query)
                    .set(TDB2.symUnionDefaultGraph, true);
            bindings.forEach((name, value) -> builder.substitution(name, value.toRdfNode()));
            try (QueryExecution qe = builder.build()) {
                return rows(qe.execSelect());
            }
        });
    }

    private static List<Map<String, String>> rows(ResultSet rs) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> vars = rs.getResultVars();
        while (rs.hasNext()) {
            QuerySolution sol = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : vars) {
                RDFNode n = sol.get(v);
                row.put(v, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm()
                        : n.isURIResource() ? n.asResource().getURI() : n.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    private static void writeSelect(ResultSet rs, Query query, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rs, query);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
        }
    }

    private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> {
                PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
                p.println(answer ? "yes" : "no");
                p.flush();
            }
            case CSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_CSV);
            case TSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_TSV);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
        }
    }
}
