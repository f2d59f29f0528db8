package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KgStoreTest {
    private final KgStore store = KgStore.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    private static Model turtle(String ttl) {
        return RDFParser.fromString("PREFIX schema: <https://schema.org/>\n" + ttl, Lang.TURTLE).toModel();
    }

    private String query(String sparql, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Queries.run(store, sparql, format, out);
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    @Test
    void aGraphsFingerprintIsItsContentHashTheVersionOfItsExtractionAndItsTextProfile() {
        org.newskg.article.Article article = org.newskg.TestArticles.body("Five men were arrested in Leeds.");
        org.newskg.extract.Extraction x = org.newskg.extract.ExtractionPipeline.standard().extract(article);
        org.newskg.rdf.ExtractionToRdf mapper = new org.newskg.rdf.ExtractionToRdf("9.9.9", org.newskg.rdf.TextProfile.NONE);
        org.newskg.rdf.ArticleGraph g = mapper.map(x);
        store.replaceGraph(g.graphIri(), g.model());
        String articleIri = org.newskg.rdf.Iris.article(article.id());
        assertEquals(java.util.Optional.of(new org.newskg.rdf.Fingerprint(org.newskg.rdf.ExtractionToRdf.contentHash(article), "9.9.9",
                "none")), store.fingerprint(g.graphIri(), articleIri));
        assertEquals(java.util.Optional.of(mapper.fingerprint(article)), store.fingerprint(g.graphIri(), articleIri));
        assertNotEquals(java.util.Optional.of(new org.newskg.rdf.ExtractionToRdf("9.9.9").fingerprint(article)),
                store.fingerprint(g.graphIri(), articleIri), "another profile is another graph");
        assertEquals(java.util.Optional.empty(), store.fingerprint("https://newskg.org/graph/none", articleIri));
        assertTrue(org.newskg.rdf.ExtractionToRdf.contentHash(article).matches("sha256:[0-9a-f]{64}"), "one value, no version in it");
    }

    @Test
    void replacingAGraphTwiceLeavesOneCopy() {
        Model m = turtle("<https://newskg.org/id/person/ann-lee> a schema:Person ; schema:name \"Ann Lee\" .");
        assertEquals(2, store.replaceGraph("https://newskg.org/graph/a", m));
        assertEquals(2, store.replaceGraph("https://newskg.org/graph/a", m));
        assertEquals(2, store.quadCount());
    }

    @Test
    void replacingAGraphDropsWhatTheOldVersionSaid() {
        store.replaceGraph("https://newskg.org/graph/a", turtle("<https://newskg.org/id/x> schema:name \"old\" ."));
        store.replaceGraph("https://newskg.org/graph/a", turtle("<https://newskg.org/id/x> schema:name \"new\" ."));
        assertEquals("name\nnew\n", query("PREFIX schema: <https://schema.org/> SELECT ?name { ?s schema:name ?name }", ResultFormat.CSV));
    }

    @Test
    void replacingGraphsTogetherReplacesEachAndLeavesOutThoseWithNothingInThem() {
        store.replaceGraph("https://newskg.org/derived/a", turtle("<https://newskg.org/id/x> schema:name \"old\" ."));
        store.replaceGraph("https://newskg.org/derived/b", turtle("<https://newskg.org/id/y> schema:name \"gone\" ."));
        store.replaceGraph("https://newskg.org/graph/c", turtle("<https://newskg.org/id/z> schema:name \"kept\" ."));
        store.replaceGraphs(java.util.Map.of("https://newskg.org/derived/a", turtle("<https://newskg.org/id/x> schema:name \"new\" ."),
                "https://newskg.org/derived/b", turtle(""), "https://newskg.org/derived/d", turtle("")));
        assertEquals(java.util.List.of("https://newskg.org/derived/a", "https://newskg.org/graph/c"), store.graphNames());
        assertEquals("new", store.graph("https://newskg.org/derived/a").listObjects().next().asLiteral().getString());
    }

    /** The graphs and subjects whose object is this name, by every access path: subject, predicate, object first. */
    private String byEveryPath(String name) {
        return query("PREFIX schema: <https://schema.org/> SELECT ?g ?s { GRAPH ?g { ?s schema:name \"" + name + "\" } } ORDER BY ?g", ResultFormat.CSV)
                + query("PREFIX schema: <https://schema.org/> SELECT ?o { <https://newskg.org/id/person/ann-lee> ?p ?o } ORDER BY ?o", ResultFormat.CSV)
                + query("SELECT ?s { ?s ?p \"" + name + "\" }", ResultFormat.CSV);
    }

    @Test
    void aBulkWriteIntoAnEmptyDatasetFillsEveryIndexAtItsCommit() {
        BulkWrite bulk = store.beginBulk();
        bulk.add(new org.newskg.rdf.ArticleGraph("https://newskg.org/graph/a",
                turtle("<https://newskg.org/id/person/ann-lee> a schema:Person ; schema:name \"Ann Lee\" .")));
        bulk.add(new org.newskg.rdf.ArticleGraph("https://newskg.org/graph/b",
                turtle("<https://newskg.org/id/person/ann-lee> schema:name \"Ann Lee\" .")));
        bulk.commit();
        assertEquals("g,s\nhttps://newskg.org/graph/a,https://newskg.org/id/person/ann-lee\n"
                + "https://newskg.org/graph/b,https://newskg.org/id/person/ann-lee\n"
                + "o\nhttps://schema.org/Person\nAnn Lee\n"
                + "s\nhttps://newskg.org/id/person/ann-lee\n", byEveryPath("Ann Lee"));
        BulkWrite more = store.beginBulk();
        more.add(new org.newskg.rdf.ArticleGraph("https://newskg.org/graph/c",
                turtle("<https://newskg.org/id/person/bo-reed> schema:name \"Bo Reed\" .")));
        more.commit();
        assertEquals("s\nhttps://newskg.org/id/person/bo-reed\n", query("SELECT ?s { ?s ?p \"Bo Reed\" }", ResultFormat.CSV));
    }

    @Test
    void anAbortedBulkWriteLeavesNothingAndEveryIndexInPlace(@org.junit.jupiter.api.io.TempDir Path dir) {
        try (KgStore disk = KgStore.open(dir)) {
            BulkWrite bulk = disk.beginBulk();
            bulk.add(new org.newskg.rdf.ArticleGraph("https://newskg.org/graph/a",
                    turtle("<https://newskg.org/id/person/ann-lee> schema:name \"Ann Lee\" .")));
            bulk.abort(new RuntimeException("the disk is full"));
            assertEquals(0, disk.quadCount());
            org.apache.jena.sparql.core.DatasetGraph dsg = disk.dataset().asDatasetGraph();
            org.apache.jena.system.Txn.executeRead(dsg, () -> {
                var indexes = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable()
                        .getTupleTable().getIndexes();
                assertEquals(6, java.util.Arrays.stream(indexes).filter(java.util.Objects::nonNull).count(), "every quad index in place");
            });
            disk.replaceGraph("https://newskg.org/graph/a", turtle("<https://newskg.org/id/person/ann-lee> schema:name \"Ann Lee\" ."));
        }
        // Reopened from its files: an index the bulk write had set aside would have missed the graph written after it.
        org.apache.jena.tdb2.sys.StoreConnection.release(org.apache.jena.dboe.base.file.Location.create(dir.toString()));
        try (KgStore disk = KgStore.open(dir)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Queries.run(disk, "SELECT ?s { ?s ?p \"Ann Lee\" }", ResultFormat.CSV, out);
            assertEquals("s\r\nhttps://newskg.org/id/person/ann-lee\r\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theDefaultGraphIsTheUnionAndGraphClausesStillWork() {
        Model city = turtle("<https://newskg.org/id/place/city/philadelphia> a schema:City ; schema:name \"Philadelphia\" .");
        store.replaceGraph("https://newskg.org/graph/a", city);
        store.replaceGraph("https://newskg.org/graph/b", city);
        assertEquals("n\n1\n", query("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <https://schema.org/City> }", ResultFormat.CSV));
        assertEquals("g\nhttps://newskg.org/graph/a\nhttps://newskg.org/graph/b\n",
                query("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", ResultFormat.CSV));
    }

    @Test
    void answersAskConstructAndJson() {
        store.replaceGraph("https://newskg.org/graph/a", turtle("<https://newskg.org/id/x> schema:name \"X\" ."));
        assertEquals("yes\n", query("ASK { ?s ?p ?o }", ResultFormat.TABLE));
        assertTrue(query("SELECT ?s { ?s ?p ?o }", ResultFormat.JSON).contains("\"bindings\""));
        assertTrue(query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", ResultFormat.TABLE).contains("\"X\""));
    }

    @Test
    void aQueryThatDoesNotParseSaysWhere() {
        StoreException e = assertThrows(StoreException.class, () -> query("SELECT ?x WHERE { ?x ", ResultFormat.CSV));
        assertTrue(e.getMessage().startsWith("query does not parse: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void everyCompetencyQueryParses() throws Exception {
        try (var files = Files.list(Path.of("ontology/queries"))) {
            long n = files.filter(p -> p.toString().endsWith(".rq")).peek(p -> {
                try {
                    Queries.parse(Files.readString(p));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
            assertTrue(n >= 9, "competency queries: " + n);
        }
    }
}
