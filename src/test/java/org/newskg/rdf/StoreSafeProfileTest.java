package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class StoreSafeProfileTest {
    private static final Node S = NodeFactory.createURI("https://newskg.org/id/x");
    private static final Node P = NodeFactory.createURI("https://schema.org/name");

    private static List<String> check(Node s, Node p, Node o) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(s, p, o));
        return StoreSafeProfile.check(g);
    }

    private static void assertBreaks(String expected, Node o) {
        List<String> problems = check(S, P, o);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(expected), problems.get(0));
    }

    @Test
    void acceptsWhatNewskgWrites() {
        assertEquals(List.of(), check(S, P, NodeFactory.createLiteralLang("Caf\u00e9", "en")));
        assertEquals(List.of(), check(S, P, NodeFactory.createLiteralDT("45", XSDDatatype.XSDinteger)));
        assertEquals(List.of(), check(S, P, NodeFactory.createLiteralDT("2017-09-30", XSDDatatype.XSDdate)));
    }

    @Test
    void refusesBlankNodesAndTripleTerms() {
        assertBreaks("blank node", NodeFactory.createBlankNode());
        assertBreaks("triple term", NodeFactory.createTripleTerm(S, P, S));
    }

    @Test
    void refusesIrisWithSpacesOrWithoutAScheme() {
        assertBreaks("not a valid absolute IRI", NodeFactory.createURI("https://newskg.org/id/Jorge Field"));
        assertBreaks("not a valid absolute IRI", NodeFactory.createURI("person/ann"));
    }

    @Test
    void refusesIrisTheRfcRefuses() {
        assertBreaks("not a valid absolute IRI", NodeFactory.createURI("https://newskg.org/id/%zz"));
        assertBreaks("not a valid absolute IRI", NodeFactory.createURI("https://newskg.org:port/id/x"));
        assertBreaks("not a valid absolute IRI", NodeFactory.createURI("https://newskg.org/id/x#a#b"));
        assertEquals(List.of(), check(S, P, NodeFactory.createURI("https://newskg.org/id/article/a#person-ann")));
        assertEquals(List.of(), check(S, P, NodeFactory.createURI("http://sws.geonames.org/2643743/")));
    }

    @Test
    void refusesTextNotInNfcAndBadLanguageTags() {
        assertBreaks("text not in NFC", NodeFactory.createLiteralString("Cafe\u0301"));
        assertBreaks("not a BCP 47 language tag", NodeFactory.createLiteralLang("x", "abcdefghij"));
    }

    @Test
    void refusesNonCanonicalTypedLiterals() {
        assertBreaks("not the canonical form", NodeFactory.createLiteralDT("045", XSDDatatype.XSDinteger));
        assertBreaks("not the canonical form", NodeFactory.createLiteralDT("+45", XSDDatatype.XSDinteger));
        assertBreaks("not the canonical form", NodeFactory.createLiteralDT("1", XSDDatatype.XSDboolean));
    }

    @Test
    void requireFailsWithTheProblems() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(S, P, NodeFactory.createBlankNode()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> StoreSafeProfile.require(g));
        assertTrue(e.getMessage().contains("blank node"), e.getMessage());
    }

    @Test
    void theQuickIriCheckOnlyAcceptsWhatTheParserAccepts() {
        // Random IRIs from the characters the quick check knows and some it must leave to the parser.
        java.util.Random random = new java.util.Random(11);
        String chars = "az09-._~!$&'()*+,;=:@/?#%AZ";
        int quick = 0;
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder(random.nextBoolean() ? "https://" : "http://");
            b.append(random.nextInt(5) == 0 ? "Example.org" : "newskg.org");
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                b.append(chars.charAt(random.nextInt(chars.length())));
            }
            String iri = b.toString();
            if (StoreSafeProfile.isPlainHttpIri(iri)) {
                quick++;
                assertTrue(StoreSafeProfile.parsesAsAbsoluteIri(iri), iri);
            }
        }
        assertTrue(quick > 1000, "the quick check took " + quick);
        assertTrue(StoreSafeProfile.isPlainHttpIri("https://newskg.org/article/a-1#char=10,20"));
        assertEquals(false, StoreSafeProfile.isPlainHttpIri("https://newskg.org/a#b#c"));
        assertEquals(false, StoreSafeProfile.isAbsoluteIri("https://newskg.org/a#b#c"));
        assertEquals(false, StoreSafeProfile.isPlainHttpIri("https://newskg.org/a b"));
        assertEquals(false, StoreSafeProfile.isAbsoluteIri("https://newskg.org/a b"));
    }
}
