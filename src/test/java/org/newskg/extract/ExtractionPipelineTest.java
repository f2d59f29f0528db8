package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.article.ArticleReader;
import org.newskg.extract.model.ArrestCount;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.model.Quote;

class ExtractionPipelineTest {
    private final ExtractionPipeline pipeline = ExtractionPipeline.standard();

    @Test
    void theSameArticleGivesTheSameExtraction() throws Exception {
        Article a = new ArticleReader().read(Path.of("examples/00-safe-city-2017.txt"));
        assertEquals(pipeline.extract(a), pipeline.extract(a));
    }

    @Test
    void everyFactPointsAtTheWordsItWasReadFrom() throws Exception {
        Article a = new ArticleReader().read(Path.of("examples/00-safe-city-2017.txt"));
        Extraction x = pipeline.extract(a);
        String text = a.text();
        for (Entity e : x.entities()) {
            for (EntityMention m : e.mentions()) {
                assertEquals(m.text(), m.span().of(text));
            }
        }
        for (ArrestCount c : x.counts()) {
            assertTrue(c.span().of(text).contains(c.numberSpan().of(text)), c.toString());
            assertTrue(x.sentences().get(c.sentence()).span().contains(c.span()), c.toString());
        }
        for (Quote q : x.quotes()) {
            assertEquals(q.text(), q.span().of(text));
        }
    }

    @Test
    void anArticleWithNoNamesGivesNoFacts() {
        Article a = org.newskg.TestArticles.of("a quiet day", "nothing happened here at all, and nobody said a thing.");
        Extraction x = pipeline.extract(a);
        assertEquals(0, x.entities().size() + x.counts().size() + x.quotes().size());
    }

    @Test
    void theSampleArticleShipsWithTheRepository() {
        assertTrue(Files.isRegularFile(Path.of("examples/00-safe-city-2017.txt")));
    }
}
