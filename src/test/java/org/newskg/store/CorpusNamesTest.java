package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class CorpusNamesTest {
    private static final String PERSON = "https://newskg.org/id/person/ann-lee-marsh";
    private static final String ORG = "https://newskg.org/id/organization/fen-valley-cooperative";

    /** An article graph that spells the person and the organization its own way. */
    private static Model article(String id, String person, String org) {
        return RDFParser.fromString("""
                PREFIX schema: <https://schema.org/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                <https://newskg.org/id/article/%s> a schema:NewsArticle ; schema:mentions <%s>, <%s> .
                <%s> a schema:Person ; rdfs:label "%s" .
                <%s> a schema:Organization ; rdfs:label "%s" .
                """.formatted(id, PERSON, ORG, PERSON, person, ORG, org), Lang.TURTLE).toModel();
    }

    private static List<Map<String, String>> names(KgStore store, String entity) {
        return Queries.selectRows(store, "SELECT ?name ?alt { GRAPH <" + CorpusNames.GRAPH + "> { <" + entity
                + "> <https://schema.org/name> ?name OPTIONAL { <" + entity + "> <https://schema.org/alternateName> ?alt } } }");
    }

    @Test
    void theSpellingMostArticlesUseIsTheNameAndTheOthersAlternateNames() {
        try (KgStore store = KgStore.inMemory()) {
            store.replaceGraph("https://newskg.org/graph/a", article("a", "Ann Lee Marsh", "Fen Valley Co-operative"));
            store.replaceGraph("https://newskg.org/graph/b", article("b", "Ann Lee-Marsh", "Fen Valley Cooperative"));
            store.replaceGraph("https://newskg.org/graph/c", article("c", "Ann Lee-Marsh", "Fen Valley Co-operative"));
            assertEquals(2, CorpusNames.refresh(store));
            assertEquals(List.of(Map.of("name", "Ann Lee-Marsh", "alt", "Ann Lee Marsh")), names(store, PERSON));
            assertEquals(List.of(Map.of("name", "Fen Valley Co-operative", "alt", "Fen Valley Cooperative")), names(store, ORG));
        }
    }

    @Test
    void asManyArticlesEachTheLongerSpellingIsTheName() {
        try (KgStore store = KgStore.inMemory()) {
            store.replaceGraph("https://newskg.org/graph/a", article("a", "Ann L Marsh", "Fen Valley Co"));
            store.replaceGraph("https://newskg.org/graph/b", article("b", "Ann L. Marsh", "Fen Valley Co."));
            CorpusNames.refresh(store);
            assertEquals(List.of(Map.of("name", "Ann L. Marsh", "alt", "Ann L Marsh")), names(store, PERSON),
                    "the initial keeps its full stop");
        }
    }

    @Test
    void theNamesDependOnTheArticlesNotOnTheOrderTheyCameIn() {
        List<Map<String, String>> rows = new ArrayList<>();
        String[] spellings = {"Ann Lee Marsh", "Ann Lee-Marsh", "ANN LEE MARSH", "Ann Lee-Marsh", "Ann Lee Marsh"};
        for (int i = 0; i < spellings.length; i++) {
            rows.add(Map.of("article", "https://newskg.org/id/article/" + i, "entity", PERSON, "name", spellings[i]));
        }
        Model first = CorpusNames.names(rows);
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(rows, random);
            assertTrue(first.isIsomorphicWith(CorpusNames.names(rows)));
        }
        assertTrue(first.contains(first.createResource(PERSON), org.newskg.rdf.Vocab.name, "Ann Lee Marsh"),
                "two articles each, as long: the first in code point order");
    }
}
