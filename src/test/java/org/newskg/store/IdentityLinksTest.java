package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.Vocab;

class IdentityLinksTest {
    private static final String PREFIXES = "PREFIX schema: <https://schema.org/>\nPREFIX id: <https://newskg.org/id/>\n"
            + "PREFIX nkg: <https://newskg.org/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    /** Three articles: one names "Ruth Marsh" of the Harbour Party beside Tom Veale, one "Owen Marsh", one only "Marsh". */
    private static final List<String[]> ARTICLES = List.of(
            new String[] {"https://newskg.org/graph/a", """
                    <https://newskg.org/id/article/a> a schema:NewsArticle ; schema:mentions id:person\\/ruth-marsh, id:person\\/tom-veale .
                    id:person\\/ruth-marsh a schema:Person ; schema:name "Ruth Marsh" ; schema:affiliation id:organization\\/harbour-party ;
                        nkg:holdsRole <https://newskg.org/id/article/a/role/1-6> .
                    <https://newskg.org/id/article/a/role/1-6> schema:roleName "Harbour Master"@en .
                    id:person\\/tom-veale a schema:Person ; schema:name "Tom Veale" .
                    """},
            new String[] {"https://newskg.org/graph/b", """
                    <https://newskg.org/id/article/b> a schema:NewsArticle ; schema:mentions id:person\\/owen-marsh .
                    id:person\\/owen-marsh a schema:Person ; schema:name "Owen Marsh" .
                    """},
            new String[] {"https://newskg.org/graph/c", """
                    <https://newskg.org/id/article/c> a schema:NewsArticle ;
                        schema:mentions <https://newskg.org/id/article/c/person/marsh>, id:person\\/tom-veale .
                    <https://newskg.org/id/article/c/person/marsh> a schema:Person ; schema:name "Marsh" ;
                        schema:affiliation id:organization\\/harbour-party ; nkg:holdsRole <https://newskg.org/id/article/c/role/1-6> .
                    <https://newskg.org/id/article/c/role/1-6> schema:roleName "harbour master"@en .
                    id:person\\/tom-veale a schema:Person ; schema:name "Tom Veale" .
                    """});

    private static KgStore store(List<String[]> articles) {
        KgStore store = KgStore.inMemory();
        for (String[] a : articles) {
            store.replaceGraph(a[0], RDFParser.fromString(PREFIXES + a[1], Lang.TURTLE).toModel());
        }
        return store;
    }

    private static List<String[]> reversed(List<String[]> articles) {
        List<String[]> copy = new java.util.ArrayList<>(articles);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void aOneWordNameIsLinkedToEachFullNameEndingInItWithTheEvidenceAndNothingIsMerged() {
        try (KgStore store = store(ARTICLES)) {
            assertEquals(2, IdentityLinks.refresh(store));
            Model links = store.graph(IdentityLinks.GRAPH);
            Resource marsh = links.createResource("https://newskg.org/id/article/c/person/marsh");
            Resource ruth = links.createResource("https://newskg.org/id/person/ruth-marsh");
            Resource owen = links.createResource("https://newskg.org/id/person/owen-marsh");
            assertTrue(links.contains(marsh, Vocab.possiblySame, ruth));
            assertTrue(links.contains(marsh, Vocab.possiblySame, owen));
            Resource toRuth = links.createResource("https://newskg.org/id/article/c/person/marsh/possibly-same/person-ruth-marsh");
            Resource toOwen = links.createResource("https://newskg.org/id/article/c/person/marsh/possibly-same/person-owen-marsh");
            assertEquals(1, toRuth.getProperty(Vocab.sharedCoMentions).getInt(), "Tom Veale is named beside both");
            assertEquals(0, toOwen.getProperty(Vocab.sharedCoMentions).getInt());
            assertTrue(toRuth.hasProperty(Vocab.sharedAffiliation, links.createResource("https://newskg.org/id/organization/harbour-party")));
            assertFalse(toOwen.hasProperty(Vocab.sharedAffiliation));
            assertTrue(toRuth.hasProperty(Vocab.sharedRole, "harbour master"), "role names compared ignoring case");
            assertFalse(toOwen.hasProperty(Vocab.sharedRole));
            assertFalse(store.graph("https://newskg.org/graph/c").contains(marsh, Vocab.possiblySame),
                    "the article's own graph is left as it was");
        }
    }

    @Test
    void theLinksDependOnTheArticlesNotOnTheOrderTheyCameInAndARefreshReplacesThem() {
        try (KgStore forward = store(ARTICLES); KgStore backward = store(reversed(ARTICLES))) {
            IdentityLinks.refresh(forward);
            IdentityLinks.refresh(backward);
            IdentityLinks.refresh(backward);
            assertTrue(forward.graph(IdentityLinks.GRAPH).isIsomorphicWith(backward.graph(IdentityLinks.GRAPH)));
            forward.deleteGraphs(List.of("https://newskg.org/graph/b"));
            assertEquals(1, IdentityLinks.refresh(forward), "Owen Marsh's article is gone, and his link with it");
        }
    }

    /** One article of a person of the corpus with its affiliation and, if any, role name. */
    private static String[] affiliated(String id, String person, String org, String role) {
        String roleTriples = role.isEmpty() ? "" : " ; nkg:holdsRole <https://newskg.org/id/article/" + id + "/role/1-2> .\n"
                + "<https://newskg.org/id/article/" + id + "/role/1-2> schema:roleName \"" + role + "\"@en";
        return new String[] {"https://newskg.org/graph/" + id, "<https://newskg.org/id/article/" + id + "> a schema:NewsArticle ; "
                + "schema:mentions id:person\\/" + person + " .\nid:person\\/" + person + " a schema:Person ; rdfs:label \"" + person
                + "\" ; schema:affiliation id:organization\\/" + org + roleTriples + " .\n"};
    }

    @Test
    void aPersonWhoseArticlesGiveUnrelatedAffiliationsIsFlaggedAsPossibleNamesakesNotSplit() {
        List<String[]> articles = List.of(
                affiliated("a", "ann-lee", "harbour-party", ""),
                affiliated("b", "ann-lee", "fen-valley-rovers", ""),
                affiliated("c", "ann-lee", "harbour-party", ""),
                // one organization named two ways: no flag
                affiliated("d", "tom-veale", "north-sea-ferry-company", ""),
                affiliated("e", "tom-veale", "north-sea-ferries", ""),
                affiliated("f", "tom-veale", "nsfc", ""),
                affiliated("g", "tom-veale", "the-north-sea-ferry-co", ""),
                // unrelated organizations but one role name in both articles: no flag
                affiliated("h", "ruth-marsh", "harbour-party", "Harbour Master"),
                affiliated("i", "ruth-marsh", "port-authority-of-wexham", "harbour master"));
        try (KgStore store = store(articles); KgStore backward = store(reversed(articles))) {
            IdentityLinks.refresh(store);
            IdentityLinks.refresh(backward);
            Model links = store.graph(IdentityLinks.GRAPH);
            assertTrue(links.isIsomorphicWith(backward.graph(IdentityLinks.GRAPH)));
            List<Resource> flags = links.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, Vocab.PossibleNamesakes).toList();
            assertEquals(1, flags.size(), flags.toString());
            Resource flag = flags.get(0);
            assertEquals("https://newskg.org/id/person/ann-lee", flag.getPropertyResourceValue(Vocab.person).getURI());
            List<String> given = flag.listProperties(Vocab.affiliationGiven).mapWith(st -> {
                Resource g = st.getResource();
                return g.getPropertyResourceValue(Vocab.wasDerivedFrom).getURI().replace("https://newskg.org/id/article/", "") + " "
                        + g.getPropertyResourceValue(Vocab.affiliation).getURI().replace("https://newskg.org/id/organization/", "");
            }).toList().stream().sorted().toList();
            assertEquals(List.of("a harbour-party", "b fen-valley-rovers", "c harbour-party"), given);
            assertEquals(1, store.graph("https://newskg.org/graph/a").listSubjectsWithProperty(Vocab.affiliation).toList().size(),
                    "the article graphs are left as they were");
        }
    }
}
