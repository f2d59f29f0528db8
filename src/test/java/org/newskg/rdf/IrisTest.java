package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.newskg.article.ArticleId;

class IrisTest {
    private final ArticleId id = new ArticleId("00-safe-city-2017");

    @Test
    void mintsArticleSpanAndFactIris() {
        assertEquals("https://newskg.org/id/article/00-safe-city-2017", Iris.article(id));
        assertEquals("https://newskg.org/graph/00-safe-city-2017", Iris.graph(id));
        assertEquals("https://newskg.org/id/article/00-safe-city-2017#char=10,14", Iris.span(id, 10, 14));
        assertEquals("https://newskg.org/id/article/00-safe-city-2017/count/10-14", Iris.fact(id, "count", 10, 14));
        assertEquals("https://newskg.org/id/place/city/new-york", Iris.entity("place/city/new-york"));
        assertEquals("http://sws.geonames.org/5128581/", Iris.geonames("5128581"));
    }

    @Test
    void refusesBadInputAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> Iris.entity("person/Jorge Field"));
        assertThrows(IllegalArgumentException.class, () -> Iris.span(id, 5, 4));
        assertThrows(IllegalArgumentException.class, () -> Iris.geonames("12a"));
        assertThrows(NullPointerException.class, () -> Iris.article(null));
        assertThrows(IllegalArgumentException.class, () -> new ArticleId("Has Spaces"));
    }
}
