package org.newskg.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The views as JSON, by name and parameters, as the server answers them under {@code /api/}:
 * {@code articles[?limit=N]},
 * {@code article-page[?sort=date|headline|statements&offset=N&limit=N&q=WORDS]}, {@code article?id=ID}, {@code graph?iri=IRI}, {@code entity?iri=IRI}, {@code search?q=WORDS}, {@code entities}, {@code arrests},
 * {@code discrepancies} and {@code queries}. Empty when there is no such view or nothing with that id or IRI.
 */
public final class ViewApi {
    /** The most persons, and as many organizations and places, the graph tab offers to start from. */
    public static final int TOP_ENTITIES = 30;

    /** The most articles the list gives at once. */
    public static final int MAX_ARTICLES = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GraphViews views;

    public ViewApi(GraphViews views) {
        this.views = views;
    }

    /**
     * The JSON of a view, or empty; fails with IllegalArgumentException when a parameter is
     * missing or malformed (or with the store's exception on an IRI that is not one).
     */
    public Optional<String> answer(String name, Map<String, String> params) {
        return switch (name) {
            case "articles" -> Optional.of(json(views.articles(limit(params.get("limit")))));
            case "article-page" -> Optional.of(json(views.articlePage(params.getOrDefault("sort", "date"),
                    offset(params.get("offset")), limit(params.get("limit")), params.getOrDefault("q", ""))));
            case "article" -> views.article(required(params, "id")).map(ViewApi::json);
            case "graph" -> views.neighbourhood(required(params, "iri")).map(ViewApi::json);
            case "entity" -> views.entity(required(params, "iri")).map(ViewApi::json);
            case "search" -> Optional.of(json(views.search(required(params, "q"))));
            case "entities" -> Optional.of(json(views.topEntities(TOP_ENTITIES)));
            case "arrests" -> Optional.of(json(views.arrests()));
            case "discrepancies" -> Optional.of(json(views.discrepancies()));
            case "queries" -> Optional.of(json(GraphViews.competencyQueries()));
            default -> Optional.empty();
        };
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write view as JSON", e);
        }
    }

    private static int limit(String text) {
        if (text == null) {
            return 1000;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit < 1 || limit > MAX_ARTICLES) {
                throw new IllegalArgumentException("limit must be between 1 and " + MAX_ARTICLES + ", not " + text);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit is not a number: " + text, e);
        }
    }

    private static int offset(String text) {
        if (text == null) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(text);
            if (offset < 0) {
                throw new IllegalArgumentException("offset must be 0 or more, not " + text);
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("offset is not a number: " + text, e);
        }
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing parameter: " + name);
        }
        return value;
    }
}
