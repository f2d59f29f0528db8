package org.newskg.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.store.KgStore;
import org.newskg.store.Queries;
import org.newskg.store.QueryParameter;

/**
 * Reads what the page shows from a dataset: every view is a few SELECTs of this package's
 * SPARQL files over the union of the article graphs, with the caller's values bound as
 * variables, never spliced into the text.
 */
public final class GraphViews {
    /** The competency queries the query view offers, in the order it lists them. */
    public static final List<String> COMPETENCY_QUERIES = List.of("persons", "organizations", "places", "arrest-counts",
            "arrests-by-place", "quotes", "statements-by-speaker", "statement-provenance", "affiliations", "article-facts", "person-mentions", "possibly-same",
            "count-facts", "discrepancies", "entity-names", "possible-namesakes");

    /** How many nodes the graph view shows around one node at most. */
    public static final int NEIGHBOUR_LIMIT = 80;

    /** The most rows a neighbourhood is chosen from, so a node every article names stays quick to show. */
    static final int NEIGHBOUR_ROWS = 5_000;

    private final KgStore store;
    private final int neighbourLimit;

    /** Views over the store; a neighbourhood lists at most {@code neighbourLimit} nodes around its centre. */
    public GraphViews(KgStore store, int neighbourLimit) {
        if (neighbourLimit < 1) {
            throw new IllegalArgumentException("neighbourLimit must be at least 1, not " + neighbourLimit);
        }
        this.store = store;
        this.neighbourLimit = neighbourLimit;
    }

    /** The articles, newest first, at most {@code limit} of them, each with its tallies of facts. */
    public List<ArticleItem> articles(int limit) {
        List<ArticleItem> items = new ArrayList<>();
        for (Map<String, String> row : select("articles", Map.of(), limit)) {
            items.add(new ArticleItem(row.get("id"), row.get("article"), row.get("headline"), row.get("date"), tallies(row.get("article"))));
        }
        return items;
    }

    /**
     * One page of the article list, over the whole dataset: those whose headline or id contains
     * {@code filter} (ignoring case), sorted by one of {@link ArticlePage#SORTS}, each with its tallies.
     */
    public ArticlePage articlePage(String sort, int offset, int limit, String filter) {
        if (!ArticlePage.SORTS.contains(sort)) {
            throw new IllegalArgumentException("sort must be one of " + ArticlePage.SORTS + ", not " + sort);
        }
        Map<String, QueryParameter> q = Map.of("q", QueryParameter.literal(filter.strip().toLowerCase(java.util.Locale.ROOT)));
        int total = Integer.parseInt(select("articles-total", q, -1).get(0).get("n"));
        List<ArticleItem> items = new ArrayList<>();
        for (Map<String, String> row : Queries.selectRows(store, ViewResourceLib.query("articles-by-" + sort), q, offset, limit)) {
            items.add(new ArticleItem(row.get("id"), row.get("article"), row.get("headline"), row.get("date"), tallies(row.get("article"))));
        }
        return new ArticlePage(total, offset, limit, sort, filter.strip(), items);
    }

    private Map<String, Integer> tallies(String article) {
        Map<String, Integer> tallies = new LinkedHashMap<>();
        for (Map<String, String> t : select("article-tallies", Map.of("article", QueryParameter.iri(article)), -1)) {
            tallies.put(kindOf(t.get("kind")), Integer.parseInt(t.get("n")));
        }
        return tallies;
    }

    /** One article with its facts, or empty when the dataset has no article with this identifier. */
    public Optional<ArticleView> article(String id) {
        List<Map<String, String>> rows = select("article", Map.of("id", QueryParameter.literal(id)), 1);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> row = rows.get(0);
        Map<String, QueryParameter> article = Map.of("article", QueryParameter.iri(row.get("article")));
        List<int[]> sentences = new ArrayList<>();
        for (Map<String, String> s : select("article-sentences", article, -1)) {
            sentences.add(new int[] {Integer.parseInt(s.get("begin")), Integer.parseInt(s.get("end"))});
        }
        ArticleFacts facts = new ArticleFacts(sentences, row.get("text"));
        select("article-mentions", article, -1).forEach(facts::addMention);
        select("article-counts", article, -1).forEach(facts::addCount);
        select("article-statements", article, -1).forEach(facts::addStatement);
        return Optional.of(new ArticleView(id, row.get("article"), row.get("headline"), row.get("date"), row.get("text"),
                facts.inSpanOrder()));
    }

    /** The neighbourhood of a node, or empty when the dataset has no node with this IRI and a type. */
    public Optional<Neighbourhood> neighbourhood(String iri) {
        Map<String, QueryParameter> node = Map.of("node", QueryParameter.iri(iri));
        List<Map<String, String>> about = select("node", node, -1);
        if (about.isEmpty()) {
            return Optional.empty();
        }
        NeighbourhoodBuilder builder = new NeighbourhoodBuilder(GraphNodes.node(iri, about), neighbourLimit);
        List<Map<String, String>> neighbours = select("neighbours", node, NEIGHBOUR_ROWS);
        neighbours.forEach(builder::addNeighbour);
        List<Map<String, String>> places = select("places-spoken-of", node, NEIGHBOUR_ROWS);
        places.forEach(builder::addPlaceSpokenOf);
        if (neighbours.size() == NEIGHBOUR_ROWS || places.size() == NEIGHBOUR_ROWS) {
            builder.truncated();
        }
        return Optional.of(builder.build());
    }

    /** The most persons an entity page lists as named beside it. */
    static final int CO_MENTIONED = 30;

    /** The most statements an entity page lists as naming it. */
    static final int SPOKEN_OF = 200;

    /** The page of a person, organization or place, or empty when the dataset has none with this IRI. */
    public Optional<EntityPage> entity(String iri) {
        Map<String, QueryParameter> entity = Map.of("entity", QueryParameter.iri(iri));
        List<Map<String, String>> about = select("entity", entity, 1);
        if (about.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> a = about.get(0);
        String kind = kindOf(a.get("type"));
        List<String> alternateNames = a.get("alternateNames").isEmpty() ? List.of()
                : a.get("alternateNames").lines().sorted().toList();
        List<EntityPage.Mentioned> articles = select("entity-articles", entity, -1).stream()
                .map(r -> new EntityPage.Mentioned(r.get("id"), r.get("headline"), r.get("date"))).toList();
        List<EntityPage.Said> statements = select("entity-statements", entity, -1).stream()
                .map(r -> new EntityPage.Said(r.get("statement"), r.get("text"), r.get("direct").equals("true"), r.get("verb"),
                        r.get("id"), r.get("headline"), r.get("date"), Integer.parseInt(r.get("begin")),
                        Integer.parseInt(r.get("end")), r.get("sentence"))).toList();
        List<EntityPage.RoleHeld> roles = select("entity-roles", entity, -1).stream()
                .map(r -> new EntityPage.RoleHeld(r.get("roleName"), r.get("org"), r.get("orgName"), r.get("id"), r.get("words"))).toList();
        List<EntityPage.Beside> beside = select("entity-co-mentions", entity, CO_MENTIONED).stream()
                .map(r -> new EntityPage.Beside(r.get("other"), r.get("name"), Integer.parseInt(r.get("articles")))).toList();
        List<EntityPage.MaybeSame> same = select("entity-possibly-same", entity, -1).stream()
                .map(r -> new EntityPage.MaybeSame(r.get("other"), r.get("name"), r.get("id"), Integer.parseInt(r.get("sharedAffiliations")),
                        Integer.parseInt(r.get("sharedRoles")), Integer.parseInt(r.get("sharedCoMentions")), Integer.parseInt(r.get("candidateArticles")))).toList();
        List<EntityPage.NamesakeSign> namesakes = select("entity-namesakes", entity, -1).stream()
                .map(r -> new EntityPage.NamesakeSign(r.get("id"), r.get("headline"), r.get("org"), r.get("orgName"))).toList();
        List<SearchResults.Quoted> spokenOf = select("entity-spoken-of", entity, SPOKEN_OF).stream().map(GraphViews::quoted).toList();
        List<ArrestBar> counts = kind.equals("place") ? select("entity-counts", entity, -1).stream().map(GraphViews::bar).toList()
                : List.of();
        return Optional.of(new EntityPage(iri, kind, a.get("name"), alternateNames, articles, statements, roles, beside, same, namesakes, spokenOf, counts));
    }

    /** The most results a search gives of each kind. */
    public static final int SEARCH_LIMIT = 50;

    /**
     * Entities, statements and articles whose names, words or headlines contain the words
     * searched for, ignoring case; a blank search finds nothing.
     */
    public SearchResults search(String words) {
        String q = words.strip().toLowerCase(java.util.Locale.ROOT);
        if (q.isEmpty()) {
            return new SearchResults(words, SEARCH_LIMIT, List.of(), false, List.of(), false, List.of(), false);
        }
        Map<String, QueryParameter> bind = Map.of("q", QueryParameter.literal(q));
        List<Map<String, String>> entities = select("search-entities", bind, SEARCH_LIMIT + 1);
        List<Map<String, String>> statements = select("search-statements", bind, SEARCH_LIMIT + 1);
        List<Map<String, String>> articles = select("search-articles", bind, SEARCH_LIMIT + 1);
        return new SearchResults(words, SEARCH_LIMIT,
                entities.stream().limit(SEARCH_LIMIT).map(r -> new SearchResults.Found(r.get("entity"), kindOf(r.get("type")),
                        r.get("name"), Integer.parseInt(r.get("articles")))).toList(), entities.size() > SEARCH_LIMIT,
                statements.stream().limit(SEARCH_LIMIT).map(GraphViews::quoted).toList(),
                statements.size() > SEARCH_LIMIT,
                articles.stream().limit(SEARCH_LIMIT).map(r -> new EntityPage.Mentioned(r.get("id"), r.get("headline"), r.get("date")))
                        .toList(), articles.size() > SEARCH_LIMIT);
    }

    /** The persons, organizations and places most articles mention, at most {@code limit} of each kind. */
    public List<SearchResults.Found> topEntities(int limit) {
        Map<String, Integer> taken = new java.util.HashMap<>();
        List<SearchResults.Found> top = new ArrayList<>();
        for (Map<String, String> r : select("top-entities", Map.of(), -1)) {
            String kind = kindOf(r.get("type"));
            if (taken.merge(kind, 1, Integer::sum) <= limit) {
                top.add(new SearchResults.Found(r.get("entity"), kind, r.get("name"), Integer.parseInt(r.get("articles"))));
            }
        }
        return top;
    }

    /** How many nodes the graph view can show in this dataset. */
    public int nodeCount() {
        return Integer.parseInt(select("node-count", Map.of(), -1).get(0).get("n"));
    }

    /** Every arrest count, by place name, then article, then position. */
    public List<ArrestBar> arrests() {
        List<ArrestBar> bars = new ArrayList<>();
        for (Map<String, String> r : select("arrests", Map.of(), -1)) {
            bars.add(bar(r));
        }
        return bars;
    }

    /** Every discrepancy between reported figures, by kind and description, with the counts it involves. */
    public List<DiscrepancyItem> discrepancies() {
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        for (Map<String, String> r : select("discrepancies", Map.of(), -1)) {
            rows.computeIfAbsent(r.get("d"), k -> new ArrayList<>()).add(r);
        }
        List<DiscrepancyItem> items = new ArrayList<>();
        rows.forEach((iri, counts) -> items.add(new DiscrepancyItem(iri, counts.get(0).get("kind"), counts.get(0).get("description"),
                counts.stream().map(GraphViews::bar).toList())));
        return items;
    }

    private static SearchResults.Quoted quoted(Map<String, String> r) {
        return new SearchResults.Quoted(r.get("statement"), r.get("text"), r.get("speaker"),
                !r.get("speakerName").isEmpty() ? r.get("speakerName") : r.get("description"), r.get("id"), r.get("headline"),
                r.get("date"), Integer.parseInt(r.get("begin")), Integer.parseInt(r.get("end")));
    }

    private static ArrestBar bar(Map<String, String> r) {
        String placeName = !r.get("placeName").isEmpty() ? r.get("placeName")
                : r.get("nationwide").equals("true") ? "nationwide" : "no place given";
        return new ArrestBar(r.get("fact"), Long.parseLong(r.get("count")), r.get("counted"), r.get("place"),
                placeName, r.get("id"), r.get("headline"), Integer.parseInt(r.get("begin")), Integer.parseInt(r.get("end")),
                intOr(r.get("sentenceBegin"), -1), intOr(r.get("sentenceEnd"), -1), r.get("sentence"));
    }

    /** The competency queries, from the ontology's query files. */
    public static List<CompetencyQuery> competencyQueries() {
        List<CompetencyQuery> queries = new ArrayList<>();
        for (String name : COMPETENCY_QUERIES) {
            String text = ViewResourceLib.text("/ontology/queries/" + name + ".rq");
            String first = text.lines().findFirst().orElse("");
            String question = first.startsWith("#") ? first.replaceFirst("^#\\s*(Competency query:\\s*)?", "") : name;
            queries.add(new CompetencyQuery(name, question, text));
        }
        return queries;
    }

    /** The kind the page gives a class IRI: person, organization, group, place, count, statement or article. */
    static String kindOf(String typeIri) {
        return switch (GraphNodes.localName(typeIri)) {
            case "Person" -> "person";
            case "Organization" -> "organization";
            case "Group" -> "group";
            case "Place", "City", "State", "Country", "Region" -> "place";
            case "ArrestCount" -> "count";
            case "Statement", "DirectQuote", "ReportedSpeech", "Quotation" -> "statement";
            case "NewsArticle" -> "article";
            default -> "other";
        };
    }

    static int intOr(String text, int otherwise) {
        return text == null || text.isEmpty() ? otherwise : Integer.parseInt(text);
    }

    private List<Map<String, String>> select(String file, Map<String, QueryParameter> bindings, long limit) {
        return Queries.selectRows(store, ViewResourceLib.query(file), bindings, limit);
    }
}
