package org.newskg.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.BuildGraph;
import org.newskg.store.KgStore;

/** The views of the sample article's dataset. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphViewsTest {
    private static final String ARTICLE = "00-safe-city-2017";
    private static final String ICE = "https://newskg.org/id/organization/u-s-immigration-and-customs-enforcement";
    KgStore store;
    GraphViews views;

    @BeforeAll
    void build(@TempDir Path dir) throws Exception {
        BuildGraph.standard().build(List.of("examples/" + ARTICLE + ".txt"),
                new BuildGraph.Options(Optional.empty(), dir.resolve("ds")), new ByteArrayInputStream(new byte[0]), s -> { });
        store = KgStore.openExisting(dir.resolve("ds"));
        views = new GraphViews(store, GraphViews.NEIGHBOUR_LIMIT);
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void theArticleListTalliesEachKindOfFact() {
        List<ArticleItem> articles = views.articles(10);
        assertEquals(1, articles.size());
        assertEquals("ICE operation leads to 45 arrests in NY, 500 total nationwide", articles.get(0).headline());
        assertEquals("2017-09-30", articles.get(0).date());
        assertEquals(Map.of("person", 4, "organization", 4, "place", 10, "count", 7, "statement", 14), articles.get(0).tallies());
    }

    @Test
    void everyFactLiesAtItsSpanInsideItsSentence() {
        ArticleView article = views.article(ARTICLE).orElseThrow();
        assertEquals(38 + 7 + 14, article.facts().size());
        for (Fact f : article.facts()) {
            String atSpan = article.text().substring(f.begin(), f.end());
            assertEquals(f.details().get("text"), atSpan, f.toString());
            if (!f.kind().equals("quote") && !f.kind().equals("speech")) {
                assertTrue(f.sentenceBegin() <= f.begin() && f.end() <= f.sentenceEnd(), f.toString());
            }
            // Only the full profile records the rule that found a mention; a count's and a statement's are in every profile.
            assertTrue(!f.rule().isEmpty() || Set.of("person", "organization", "place", "group").contains(f.kind()), f.toString());
        }
        Fact count = article.facts().stream().filter(f -> f.kind().equals("count")).findFirst().orElseThrow();
        assertEquals("45 arrests", count.label());
        assertEquals("New York", count.details().get("place"));
        assertEquals("ICE operation leads to 45 arrests in NY, 500 total nationwide",
                article.text().substring(count.sentenceBegin(), count.sentenceEnd()));
    }

    @Test
    void statementsNameTheirSpeakerVerbAndCue() {
        Fact quote = views.article(ARTICLE).orElseThrow().facts().stream()
                .filter(f -> f.kind().equals("quote") && f.label().equals("Jorge Field")).findFirst().orElseThrow();
        assertEquals("said", quote.details().get("verb"));
        assertEquals("Jorge Field", quote.details().get("cue"));
        assertEquals("trailing-cue", quote.rule());
    }

    @Test
    void anUnknownArticleOrNodeIsEmptyAndAMalformedIriFails() {
        assertTrue(views.article("no-such-article").isEmpty());
        assertTrue(views.neighbourhood("https://newskg.org/id/person/nobody").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> views.neighbourhood("not an iri"));
        assertThrows(IllegalArgumentException.class, () -> views.neighbourhood("> } DELETE WHERE { ?s ?p ?o"));
        assertThrows(IllegalArgumentException.class, () -> views.neighbourhood("relative/iri"));
    }

    @Test
    void aPersonsNeighbourhoodHoldsTheirStatementsOrganizationAndArticle() {
        Neighbourhood around = views.neighbourhood("https://newskg.org/id/person/jorge-field").orElseThrow();
        assertEquals("Jorge Field", around.center().label());
        assertEquals(List.of("article", "organization", "statement", "statement"), around.nodes().stream().map(GraphNode::kind).toList());
        assertEquals(Set.of("mentions", "author", "affiliation"), around.edges().stream().map(GraphEdge::label).collect(Collectors.toSet()));
        assertFalse(around.truncated());
    }

    @Test
    void aSpeakersNeighbourhoodReachesThePlacesItsStatementsName() {
        Neighbourhood around = views.neighbourhood(ICE).orElseThrow();
        Set<String> named = around.edges().stream().filter(e -> e.label().equals("names")).map(GraphEdge::target).collect(Collectors.toSet());
        assertEquals(Set.of("https://newskg.org/id/place/country/india", "https://newskg.org/id/place/country/united-states"), named);
    }

    @Test
    void aStatementKnowsWhereToReadIt() {
        GraphNode statement = views.neighbourhood("https://newskg.org/id/article/00-safe-city-2017/statement/534-720").orElseThrow().center();
        assertEquals("statement", statement.kind());
        assertEquals(ARTICLE, statement.article());
        assertEquals(534, statement.begin());
        assertEquals(720, statement.end());
    }

    @Test
    void aNeighbourhoodIsCutAtItsLimit() {
        Neighbourhood cut = new GraphViews(store, 2).neighbourhood(ICE).orElseThrow();
        assertEquals(2, cut.nodes().size());
        assertTrue(cut.truncated());
        assertTrue(cut.edges().stream().allMatch(e -> e.source().equals(ICE) || e.target().equals(ICE)
                || cut.nodes().stream().anyMatch(n -> n.id().equals(e.source()))));
    }

    @Test
    void aCutGivesEveryKindItsTurnAndKeepsOnlyPlacesWithTheirStatement() {
        Neighbourhood cut = new GraphViews(store, 3).neighbourhood(ICE).orElseThrow();
        assertEquals(List.of("article", "person", "statement"), cut.nodes().stream().map(GraphNode::kind).toList());
        Neighbourhood wider = new GraphViews(store, 8).neighbourhood(ICE).orElseThrow();
        for (GraphNode place : wider.nodes().stream().filter(n -> n.kind().equals("place")).toList()) {
            assertTrue(wider.edges().stream().anyMatch(e -> e.target().equals(place.id())), "a place with no edge: " + place);
        }
    }

    @Test
    void arrestBarsCarryPlaceArticleAndSentence() {
        List<ArrestBar> bars = views.arrests();
        assertEquals(List.of(45L, 45L, 50L, 101L, 107L, 498L, 500L), bars.stream().map(ArrestBar::count).sorted().toList());
        assertEquals(Set.of("New York", "Los Angeles", "Philadelphia", "nationwide", "no place given"),
                bars.stream().map(ArrestBar::placeName).collect(Collectors.toSet()));
        ArrestBar philadelphia = bars.stream().filter(b -> b.placeName().equals("Philadelphia")).findFirst().orElseThrow();
        assertTrue(philadelphia.sentence().startsWith("In Philadelphia, 107 illegal immigrants were arrested"), philadelphia.sentence());
        assertEquals(ARTICLE, philadelphia.article());
    }

    @Test
    void anEntityPageGathersWhatThePersonSaidTheirRolesAndWhoIsNamedBeside() {
        EntityPage page = views.entity("https://newskg.org/id/person/jorge-field").orElseThrow();
        assertEquals("person", page.kind());
        assertEquals("Jorge Field", page.name());
        assertEquals(2, page.statements().size());
        assertTrue(page.statements().stream().allMatch(s -> s.article().equals(ARTICLE) && s.sentence().contains(s.text().substring(0, Math.min(20, s.text().length())))),
                page.statements().toString());
        assertEquals(List.of("assistant field office director"), page.roles().stream().map(EntityPage.RoleHeld::roleName).toList());
        assertEquals("U.S. Immigration and Customs Enforcement", page.roles().get(0).organizationName());
        assertEquals(List.of("Inlender", "Matthew Albence", "Sarmiento"),
                page.coMentioned().stream().map(EntityPage.Beside::name).sorted().toList());
        assertEquals(List.of(ARTICLE), page.articles().stream().map(EntityPage.Mentioned::article).toList());
        assertEquals(List.of(), page.counts(), "a person has no arrest counts");
        assertEquals(List.of(), page.namesakes(), "one article: nothing to compare");
    }

    @Test
    void anEntityPageSaysWhenArticlesGiveOnePersonUnrelatedAffiliations(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "Harbour vote\n\nAnn Lee, the chairman of the Harbour Party, said on Monday that the vote would go ahead.\n");
        Files.writeString(b, "Water bills rise\n\nAnn Lee, the chief executive of the Fenmoor Water Company, said on Saturday "
                + "that bills would rise.\n");
        BuildGraph.standard().build(List.of(a.toString(), b.toString()), new BuildGraph.Options(Optional.empty(), dir.resolve("ds")),
                new ByteArrayInputStream(new byte[0]), s -> { });
        try (KgStore two = KgStore.openExisting(dir.resolve("ds"))) {
            EntityPage page = new GraphViews(two, GraphViews.NEIGHBOUR_LIMIT).entity("https://newskg.org/id/person/ann-lee").orElseThrow();
            assertEquals(2, page.statements().size(), "one node still: the flag does not split it");
            assertEquals(List.of("a Harbour Party", "b Fenmoor Water Company"),
                    page.namesakes().stream().map(n -> n.article() + " " + n.organizationName()).toList());
        }
    }

    @Test
    void aPlacePageGivesItsArrestCountsAndAnUnknownIriNoPage() {
        EntityPage page = views.entity("https://newskg.org/id/place/city/philadelphia").orElseThrow();
        assertEquals("place", page.kind());
        assertEquals(List.of(107L), page.counts().stream().map(ArrestBar::count).toList());
        assertTrue(views.entity("https://newskg.org/id/person/nobody-here").isEmpty());
    }

    @Test
    void searchFindsNamesOtherNamesStatementsAndHeadlinesIgnoringCaseAndNothingForBlank() {
        SearchResults r = views.search("  ICE ");
        assertEquals(List.of("U.S. Immigration and Customs Enforcement"), r.entities().stream().map(SearchResults.Found::name).toList());
        assertEquals(5, r.statements().size());
        assertTrue(r.statements().stream().allMatch(s -> s.text().toLowerCase(java.util.Locale.ROOT).contains("ice")));
        assertEquals(List.of(ARTICLE), r.articles().stream().map(EntityPage.Mentioned::article).toList());
        SearchResults none = views.search("\") } DROP ALL");
        assertEquals(0, none.entities().size() + none.statements().size() + none.articles().size());
        assertEquals(0, views.search("   ").entities().size());
    }

    @Test
    void theGraphTabStartsFromTheMostMentionedOfEachKind() {
        List<SearchResults.Found> top = views.topEntities(2);
        assertEquals(List.of("organization", "organization", "person", "person", "place", "place"),
                top.stream().map(SearchResults.Found::kind).sorted().toList());
        assertTrue(top.stream().allMatch(e -> e.articles() == 1), "one article: " + top);
        assertEquals(4, views.topEntities(30).stream().filter(e -> e.kind().equals("person")).count(), "the sample's four people");
    }

    @Test
    void theDiscrepanciesViewGivesEachWithItsCountsTheirArticleAndSentence() {
        List<DiscrepancyItem> items = views.discrepancies();
        assertEquals(1, items.size(), items.toString());
        DiscrepancyItem d = items.get(0);
        assertEquals("figures differ", d.kind());
        assertEquals("500 vs 498 in one article", d.description());
        assertEquals(List.of(500L, 498L), d.counts().stream().map(ArrestBar::count).toList(), "in text order");
        assertEquals(List.of("nationwide", "no place given"), d.counts().stream().map(ArrestBar::placeName).toList());
        assertTrue(d.counts().get(1).sentence().contains("498"), d.counts().get(1).sentence());
        assertTrue(new ViewApi(views).answer("discrepancies", Map.of()).orElseThrow().contains("\"500 vs 498 in one article\""));
    }

    @Test
    void theQueryViewOffersEveryCompetencyQuery() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of("ontology/queries"))) {
            files = list.map(p -> p.getFileName().toString().replace(".rq", "")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, new TreeSet<>(GraphViews.COMPETENCY_QUERIES));
        CompetencyQuery persons = GraphViews.competencyQueries().get(0);
        assertEquals("who does the graph know? One row per person.", persons.question());
    }
}
