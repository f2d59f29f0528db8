package org.newskg.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.BuildGraph;
import org.newskg.store.KgStore;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticlePageTest {
    KgStore store;
    GraphViews views;

    @BeforeAll
    void build(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), "Council delays the ferry vote\n2 May 2011\n\n"
                + "\u201CWe need more time,\u201D said Alan Briggs. \u201CThe figures are not ready,\u201D he added. "
                + "\u201CNobody asked us,\u201D said Rosa Kent.\n");
        Files.writeString(corpus.resolve("b.txt"), "Bridge reopens after repairs\n5 May 2011\n\nThe bridge in Leeds reopened on Friday.\n");
        Files.writeString(corpus.resolve("c.txt"), "Ferry fares to rise\n1 May 2011\n\n\u201CFares will rise in June,\u201D said Mary Lowe.\n");
        BuildGraph.standard().build(List.of(corpus.toString()), new BuildGraph.Options(Optional.empty(), dir.resolve("ds")),
                new ByteArrayInputStream(new byte[0]), s -> { });
        store = KgStore.openExisting(dir.resolve("ds"));
        views = new GraphViews(store, GraphViews.NEIGHBOUR_LIMIT);
    }

    @AfterAll
    void close() {
        store.close();
    }

    private static List<String> ids(ArticlePage page) {
        return page.articles().stream().map(ArticleItem::id).toList();
    }

    @Test
    void sortsTheWholeDatasetByDateHeadlineOrStatements() {
        assertEquals(List.of("b", "a", "c"), ids(views.articlePage("date", 0, 10, "")));
        assertEquals(List.of("b", "a", "c"), ids(views.articlePage("headline", 0, 10, "")));
        assertEquals(List.of("a", "c", "b"), ids(views.articlePage("statements", 0, 10, "")));
        assertEquals(3, views.articlePage("statements", 0, 10, "").articles().get(0).tallies().get("statement"));
    }

    @Test
    void pagesThroughTheListAndSaysHowManyThereAre() {
        ArticlePage second = views.articlePage("date", 1, 1, "");
        assertEquals(3, second.total());
        assertEquals(List.of("a"), ids(second));
        assertEquals(List.of(), ids(views.articlePage("date", 3, 1, "")));
    }

    @Test
    void filtersByHeadlineOrIdIgnoringCaseBeforePaging() {
        ArticlePage ferry = views.articlePage("headline", 0, 10, " FERRY ");
        assertEquals(2, ferry.total());
        assertEquals(List.of("a", "c"), ids(ferry));
        assertEquals("FERRY", ferry.filter());
        assertEquals(0, views.articlePage("date", 0, 10, "\") } DROP ALL").total());
    }

    @Test
    void anUnknownSortIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> views.articlePage("size", 0, 10, ""));
    }
}
