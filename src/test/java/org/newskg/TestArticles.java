package org.newskg;

import java.util.Optional;
import org.newskg.article.Article;
import org.newskg.article.ArticleId;

/** Articles made from literal text, for tests. */
public final class TestArticles {
    private TestArticles() {
    }

    /** An article whose body is the given text, under a neutral headline. */
    public static Article body(String body) {
        return new Article(new ArticleId("test"), "Headline", "", Optional.empty(), body, "test.txt");
    }

    public static Article of(String headline, String body) {
        return new Article(new ArticleId("test"), headline, "", Optional.empty(), body, "test.txt");
    }

    /** The offset of {@code part} in the article's text (which starts with the headline). */
    public static int at(Article a, String part) {
        int i = a.text().indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("not in the article: " + part);
        }
        return i;
    }
}
