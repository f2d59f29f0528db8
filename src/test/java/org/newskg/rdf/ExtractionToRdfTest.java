package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIs;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newskg.article.Article;
import org.newskg.article.ArticleId;
import org.newskg.extract.ExtractionPipeline;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractionToRdfTest {
    private final ExtractionPipeline pipeline = ExtractionPipeline.standard();
    private final ExtractionToRdf mapper = new ExtractionToRdf("0.0.0-test");

    private Model map(String headline, String body) {
        return map(TextProfile.SPANS, headline, body);
    }

    private Model map(TextProfile profile, String headline, String body) {
        Article a = new Article(new ArticleId("small"), headline, "1 March 2005",
                Optional.of(java.time.LocalDate.of(2005, 3, 1)), body, "small.txt");
        return new ExtractionToRdf("0.0.0-test", profile).map(pipeline.extract(a)).model();
    }

    @Test
    void mapsASmallArticleToTheExpectedGraph() {
        Model actual = map("Leeds police hold 3", "Three men were arrested in Leeds. \u201CWe acted fast,\u201D said Ann Lee.");
        Model expected = RDFParser.source("src/test/resources/expected/small.ttl").toModel();
        if (!expected.isIsomorphicWith(actual)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RdfFiles.writeTurtle(actual, out);
            throw new AssertionError("graph differs from expected/small.ttl; actual:\n" + out);
        }
    }

    @Test
    void placesCountriesAndStatesJoinWithGeoNamesOwnData() {
        Model graph = map("Arrests in two countries",
                "Police in Glasgow arrested four men. Officers across Scotland and the rest of the United Kingdom "
                        + "were told. In Toledo, Ohio, two women were held, and police elsewhere in the United States "
                        + "were warned.");
        // A sample of GeoNames' own RDF, as its dumps and sws.geonames.org serve it: http IRIs.
        Model geonames = RDFParser.fromString("""
                @prefix gn: <http://www.geonames.org/ontology#> .
                <http://sws.geonames.org/2648579/> a gn:Feature ; gn:name "Glasgow" .
                <http://sws.geonames.org/2638360/> a gn:Feature ; gn:name "Scotland" .
                <http://sws.geonames.org/2635167/> a gn:Feature ; gn:name "United Kingdom of Great Britain and Northern Ireland" .
                <http://sws.geonames.org/5174035/> a gn:Feature ; gn:name "Toledo" .
                <http://sws.geonames.org/5165418/> a gn:Feature ; gn:name "Ohio" .
                <http://sws.geonames.org/6252001/> a gn:Feature ; gn:name "United States" .
                """, org.apache.jena.riot.Lang.TURTLE).toModel();
        Model union = org.apache.jena.rdf.model.ModelFactory.createUnion(graph, geonames);
        String query = """
                PREFIX schema: <https://schema.org/>
                PREFIX gn: <http://www.geonames.org/ontology#>
                SELECT ?name ?gnName WHERE { ?place a schema:Place ; schema:name ?name ; schema:sameAs ?g . ?g gn:name ?gnName }
                ORDER BY ?name""";
        java.util.List<String> joined = new java.util.ArrayList<>();
        try (var qe = org.apache.jena.query.QueryExecutionFactory.create(query, union)) {
            qe.execSelect().forEachRemaining(row -> joined.add(
                    row.getLiteral("name").getLexicalForm() + " = " + row.getLiteral("gnName").getLexicalForm()));
        }
        assertEquals(java.util.List.of("Glasgow = Glasgow", "Ohio = Ohio", "Scotland = Scotland", "Toledo = Toledo",
                "United Kingdom = United Kingdom of Great Britain and Northern Ireland",
                "United States = United States"), joined);
        assertTrue(graph.contains(null, Vocab.sameAs, graph.createResource("http://www.wikidata.org/entity/Q145")),
                "the United Kingdom's Wikidata id");
    }

    @Test
    void writesNoBlankNodesAndOnlyValidAbsoluteIris() {
        Model m = map("Raid in Boston", "Police said 45 people were arrested in Boston, according to the FBI.");
        m.getGraph().find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                assertFalse(n.isBlank(), t.toString());
                if (n.isURI()) {
                    assertTrue(IRIs.check(n.getURI()) && n.getURI().matches("https?://.+"), n.getURI());
                }
            }
        });
    }

    @Test
    void spansCountUnicodeCodePoints() {
        String emoji = new String(Character.toChars(0x1F600));
        Model full = map(TextProfile.FULL, "Head", emoji + " Boston");
        Resource mention = full.listSubjectsWithProperty(Vocab.anchorOf, full.createLiteral("Boston", "en")).next();
        Literal begin = mention.getProperty(Vocab.beginIndex).getLiteral();
        assertEquals("https://newskg.org/id/article/small#char=8,14", mention.getURI());
        assertEquals(8, begin.getInt());
        Model spans = map("Head", emoji + " Boston");
        assertTrue(spans.contains(spans.createResource("https://newskg.org/id/article/small#char=8,14"), Vocab.taIdentRef,
                spans.createResource("https://newskg.org/id/place/city/boston")), "the same span IRI names the place");
    }

    private static final String HEADLINE = "Four held after Toledo raid";
    private static final String BODY = "Police in Toledo arrested four men on Tuesday after a raid on a warehouse. "
            + "\u201CWe found what we came for,\u201D said Rosa Imrie, a police spokeswoman. "
            + "Neighbours said the building had stood empty for years.";

    @Test
    void theFullProfileCopiesTheWordsOfEverySpanAndStatement() {
        Model m = map(TextProfile.FULL, HEADLINE, BODY);
        assertTrue(m.contains(null, Vocab.isString));
        assertTrue(m.contains(null, Vocab.text, m.createLiteral("We found what we came for", "en")), "the quote's words");
        assertTrue(m.contains(null, Vocab.anchorOf, m.createLiteral("Neighbours said the building had stood empty for years.", "en")),
                "every sentence, with or without a fact");
        assertTrue(m.contains(null, RDF.type, Vocab.Mention));
        assertTrue(m.contains(null, Vocab.textProfile, "full"));
    }

    @Test
    void theSpansProfileHoldsTheTextOnceAndEveryFactWithItsOffsets() {
        Model full = map(TextProfile.FULL, HEADLINE, BODY);
        Model spans = map(TextProfile.SPANS, HEADLINE, BODY);
        assertTrue(spans.contains(null, Vocab.isString), "the article text, once");
        assertTrue(spans.contains(null, Vocab.headline));
        assertFalse(spans.contains(null, Vocab.anchorOf));
        assertFalse(spans.contains(null, Vocab.text));
        assertEquals(facts(full), facts(spans), "the same facts at the same offsets");
        assertTrue(spans.size() < full.size() * 0.7, spans.size() + " triples against " + full.size());
        assertTrue(spans.contains(null, Vocab.textProfile, "spans"));
    }

    @Test
    void theNoneProfileHoldsNoWordOfTheArticle() {
        Model none = map(TextProfile.NONE, HEADLINE, BODY);
        assertEquals(facts(map(TextProfile.FULL, HEADLINE, BODY)), facts(none), "the same facts at the same offsets");
        List<String> words = new java.util.ArrayList<>(List.of(HEADLINE, "We found what we came for", "Neighbours said the building"));
        none.listStatements().forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                String literal = t.getObject().asLiteral().getLexicalForm();
                for (String w : words) {
                    assertFalse(literal.contains(w), t.toString());
                }
            }
        });
        assertTrue(none.contains(null, Vocab.contentHash), "the hash still ties the offsets to the text");
        assertTrue(none.contains(null, Vocab.textProfile, "none"));
    }

    /** Each fact (count, statement, arrest, role) with its type and its evidence and sentence offsets. */
    private static java.util.Set<String> facts(Model m) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        m.listStatements(null, Vocab.evidence, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(t -> {
            Resource fact = t.getSubject();
            Resource ev = t.getResource();
            Resource sentence = fact.getPropertyResourceValue(Vocab.sentence);
            out.add(fact.getURI() + " " + ev.getURI() + " "
                    + ev.getProperty(Vocab.beginIndex).getInt() + "-" + ev.getProperty(Vocab.endIndex).getInt()
                    + (sentence == null ? "" : " " + sentence.getProperty(Vocab.beginIndex).getInt() + "-"
                    + sentence.getProperty(Vocab.endIndex).getInt()));
        });
        m.listStatements(null, Vocab.taIdentRef, (org.apache.jena.rdf.model.RDFNode) null)
                .forEachRemaining(t -> out.add(t.getSubject().getURI() + " names " + t.getResource().getURI()));
        assertFalse(out.isEmpty());
        return out;
    }

    @Test
    void aCountThatRestatesAnotherPointsToTheFirstStatementsNode() {
        Model m = map("Four arrested after raid in Derby", "Police in Derby arrested four men on Friday.");
        java.util.List<org.apache.jena.rdf.model.Statement> links = m.listStatements(null, Vocab.restates, (org.apache.jena.rdf.model.RDFNode) null).toList();
        assertEquals(1, links.size());
        org.apache.jena.rdf.model.Statement link = links.get(0);
        assertTrue(link.getResource().getURI().contains("/count/0-"), "the headline's count: " + link.getResource().getURI());
        assertFalse(link.getSubject().getURI().contains("/count/0-"), "the body's count: " + link.getSubject().getURI());
        assertTrue(m.contains(link.getResource(), org.apache.jena.vocabulary.RDF.type, Vocab.ArrestCount));
    }

    @Test
    void countsAreIntegersAndDatesAreDates() {
        Model m = map("Head", "Twelve people were detained in Boston.");
        Literal count = m.listObjectsOfProperty(Vocab.count).next().asLiteral();
        assertEquals("http://www.w3.org/2001/XMLSchema#integer", count.getDatatypeURI());
        assertEquals(12, count.getInt());
        Literal date = m.listObjectsOfProperty(Vocab.datePublished).next().asLiteral();
        assertEquals("http://www.w3.org/2001/XMLSchema#date", date.getDatatypeURI());
        assertEquals("2005-03-01", date.getLexicalForm());
    }

    @Test
    void theDatelineIsWhereTheArticleWasFiled() {
        Model m = map("Drivers walk out", "NEW YORK (Reuters) - Bus drivers on Friday rejected the offer.");
        assertEquals("https://newskg.org/id/place/city/new-york",
                m.listObjectsOfProperty(Vocab.locationCreated).next().asResource().getURI());
    }

    @Test
    void aPersonNamedByOneWordOnlyBelongsToItsArticleAndAFullNameToTheCorpus() {
        Model m = map("Budget row", "Ann Pellow, the finance minister, spoke first. \u201CWe will cut taxes,\u201D Ms Pellow said. "
                + "\u201CThat is a fantasy,\u201D Mr Garrard said.");
        Resource garrard = m.createResource("https://newskg.org/id/article/small/person/garrard");
        Resource pellow = m.createResource("https://newskg.org/id/person/ann-pellow");
        assertTrue(m.contains(garrard, Vocab.name, "Garrard"), "the one-word name lives under the article");
        assertFalse(m.containsResource(m.createResource("https://newskg.org/id/person/garrard")));
        assertTrue(m.contains(null, Vocab.author, garrard), "its statement points to the article's node");
        assertTrue(m.contains(pellow, RDFS.label, "Ann Pellow"), "the article's spelling of a corpus person is a label");
        assertFalse(m.contains(pellow, Vocab.name, (RDFNode) null), "its schema:name is the corpus's (CorpusNames), not the article's");
        assertTrue(m.contains(null, Vocab.author, pellow));
        assertFalse(m.contains(pellow, Vocab.alternateName, "Pellow"), "a bare surname is every Pellow's, not this one's");
    }
}
