package org.newskg.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newskg.store.KgStore;
import org.newskg.store.Queries;
import org.newskg.store.ResultFormat;

/**
 * The whole page as one self-contained HTML file: every article, the neighbourhood of every node
 * the page can reach, the arrest counts, and the competency queries with their answers, embedded
 * as JSON that the page's script reads instead of asking a server. The same dataset always gives
 * the same file.
 */
public final class StaticReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KgStore store;
    private final GraphViews views;
    private final int maxNodes;

    /**
     * A report of the store, failing before any work when the dataset has more than
     * {@code maxNodes} nodes the graph view can show (the report holds the neighbourhood of each).
     */
    public StaticReport(KgStore store, int neighbourLimit, int maxNodes) {
        this.store = store;
        this.views = new GraphViews(store, neighbourLimit);
        this.maxNodes = maxNodes;
    }

    /** What the report holds, for a summary line. */
    public record Contents(String html, int articles, int nodes, int arrests) {
    }

    /** Builds the report. */
    public Contents build() {
        int candidates = views.nodeCount();
        if (candidates > maxNodes) {
            throw tooLarge(candidates + " graph nodes, more than the " + maxNodes);
        }
        List<ArticleItem> articles = views.articles(ViewApi.MAX_ARTICLES);
        Map<String, ArticleView> articleViews = new TreeMap<>();
        Deque<String> toVisit = new ArrayDeque<>();
        for (ArticleItem item : articles) {
            ArticleView view = views.article(item.id()).orElseThrow();
            articleViews.put(item.id(), view);
            toVisit.add(item.iri());
            view.facts().forEach(f -> toVisit.add(f.id()));
        }
        List<ArrestBar> arrests = views.arrests();
        arrests.forEach(a -> toVisit.add(a.fact()));
        Map<String, Neighbourhood> graph = new TreeMap<>();
        while (!toVisit.isEmpty()) {
            String iri = toVisit.poll();
            if (graph.containsKey(iri)) {
                continue;
            }
            Optional<Neighbourhood> around = views.neighbourhood(iri);
            if (around.isPresent()) {
                graph.put(iri, around.get());
                around.get().nodes().forEach(n -> toVisit.add(n.id()));
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("articles", articles);
        data.put("article", articleViews);
        data.put("graph", graph);
        data.put("arrests", arrests);
        data.put("discrepancies", views.discrepancies());
        Map<String, EntityPage> entities = new TreeMap<>();
        for (Neighbourhood n : graph.values()) {
            if (List.of("person", "organization", "place").contains(n.center().kind())) {
                views.entity(n.center().id()).ifPresent(page -> entities.put(page.iri(), page));
            }
        }
        data.put("entity", entities);
        data.put("entities", views.topEntities(ViewApi.TOP_ENTITIES).stream().filter(e -> entities.containsKey(e.iri())).toList());
        data.put("queries", GraphViews.competencyQueries());
        data.put("results", answers());
        return new Contents(WebPage.report(ViewApi.json(data)), articles.size(), graph.size(), arrests.size());
    }

    private IllegalStateException tooLarge(String what) {
        return new IllegalStateException("the report would hold " + what
                + " a page can carry; report on fewer articles (newskg report --article ID ...)");
    }

    private Map<String, JsonNode> answers() {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (CompetencyQuery q : GraphViews.competencyQueries()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String kind = Queries.run(store, q.text(), ResultFormat.JSON, out).form();
            try {
                answers.put(q.name(), kind.equals("SELECT") || kind.equals("ASK") ? JSON.readTree(out.toByteArray())
                        : JSON.createObjectNode().put("turtle", out.toString(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("the answer to " + q.name() + " is not JSON", e);
            }
        }
        return answers;
    }
}
