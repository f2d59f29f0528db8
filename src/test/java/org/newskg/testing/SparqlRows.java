package org.newskg.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;

/** A SELECT over an in-memory dataset, as rows of lexical forms (IRIs as they are), for tests. */
public final class SparqlRows {
    private SparqlRows() {
    }

    public static List<Map<String, String>> select(Dataset dataset, String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(query, dataset)) {
            qe.execSelect().forEachRemaining(s -> {
                Map<String, String> row = new LinkedHashMap<>();
                s.varNames().forEachRemaining(v -> {
                    RDFNode n = s.get(v);
                    row.put(v, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                rows.add(row);
            });
        }
        return rows;
    }
}
