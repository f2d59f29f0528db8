package org.newskg.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** RDF4J, an independent RDF implementation, parses every export strictly, loads it, and answers as TDB2 does. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Rdf4jInteropIT {
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "nquads", RDFFormat.NQUADS, "trig", RDFFormat.TRIG, "jsonld", RDFFormat.JSONLD,
            "ntriples", RDFFormat.NTRIPLES, "turtle", RDFFormat.TURTLE, "rdfxml", RDFFormat.RDFXML);

    InteropFixture fx;
    SailRepository repository;

    @BeforeAll
    void build(@TempDir Path dir) throws Exception {
        fx = new InteropFixture(dir);
        repository = new SailRepository(new MemoryStore());
        try (RepositoryConnection c = repository.getConnection(); InputStream in = Files.newInputStream(fx.exports.get("nquads"))) {
            c.add(in, "", RDFFormat.NQUADS);
        }
    }

    @AfterAll
    void close() {
        repository.shutDown();
    }

    private static ParserConfig strict() {
        ParserConfig config = new ParserConfig();
        config.set(BasicParserSettings.VERIFY_DATATYPE_VALUES, true);
        config.set(BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES, true);
        config.set(BasicParserSettings.VERIFY_LANGUAGE_TAGS, true);
        config.set(BasicParserSettings.VERIFY_URI_SYNTAX, true);
        config.set(BasicParserSettings.VERIFY_RELATIVE_URIS, true);
        return config;
    }

    @Test
    void everyExportParsesUnderRdf4jStrictParsersToTheSameStatements() throws Exception {
        Set<String> reference = null;
        for (var e : fx.exports.entrySet()) {
            RDFFormat format = FORMATS.get(e.getKey());
            Model model;
            try (InputStream in = Files.newInputStream(e.getValue())) {
                model = Rio.parse(in, "", format, strict());
            }
            Set<String> triples = model.stream().map(Rdf4jInteropIT::tripleKey).collect(Collectors.toSet());
            if (reference == null) {
                reference = triples;
            }
            assertEquals(reference, triples, e.getKey() + " differs from " + fx.exports.keySet().iterator().next());
            if (format.supportsContexts()) {
                long contexts = model.contexts().stream().filter(c -> c != null).count();
                assertEquals(7, contexts, e.getKey() + ": five article graphs and the derived discrepancies and names");
            }
        }
        assertTrue(reference.size() > 1000, "triples: " + reference.size());
    }

    private static String tripleKey(Statement s) {
        return s.getSubject().stringValue() + " " + s.getPredicate().stringValue() + " " + s.getObject().toString();
    }

    @Test
    void theCompetencyQueriesAnswerAsOnTdb2() throws Exception {
        try (RepositoryConnection c = repository.getConnection()) {
            for (String q : InteropFixture.COMPETENCY) {
                List<Map<String, String>> rows = new ArrayList<>();
                try (TupleQueryResult r = c.prepareTupleQuery(InteropFixture.query(q)).evaluate()) {
                    List<String> vars = r.getBindingNames();
                    for (BindingSet b : r) {
                        Map<String, String> row = new LinkedHashMap<>();
                        for (String v : vars) {
                            Value value = b.getValue(v);
                            row.put(v, value == null ? "" : value.stringValue());
                        }
                        rows.add(row);
                    }
                }
                assertEquals(fx.answers.get(q), InteropFixture.normalize(rows), q);
                assertTrue(!rows.isEmpty(), q);
            }
        }
    }

    @Test
    void namedGraphsSurviveTheLoad() {
        try (RepositoryConnection c = repository.getConnection()) {
            List<Resource> contexts = new ArrayList<>();
            c.getContextIDs().forEach(contexts::add);
            assertEquals(7, contexts.size(), "five article graphs and the derived discrepancies and names: " + contexts);
        }
    }
}
