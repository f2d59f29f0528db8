package org.newskg.extract;

import java.util.Comparator;
import java.util.List;
import org.newskg.TestArticles;
import org.newskg.extract.lexicon.Lexicons;
import org.newskg.extract.mention.EntityFinder;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.text.AnalyzedText;
import org.newskg.extract.text.TextAnalyzer;

/** Runs the stages on literal text, for the tests of each stage; the lexicons are loaded once. */
public final class ExtractionFixture {
    private static final Lexicons LEXICONS = Lexicons.load();
    private static final TextAnalyzer TEXT = new TextAnalyzer();
    private final ExtractionPipeline pipeline = ExtractionPipeline.create().lexicons(LEXICONS).textAnalyzer(TEXT).build();
    private final EntityFinder finder = new EntityFinder(LEXICONS);

    /** The lexicons every fixture shares. */
    public static Lexicons lexicons() {
        return LEXICONS;
    }

    /** The text stage's output for a body with no headline. */
    public AnalyzedText analyze(String body) {
        return TEXT.analyze(TestArticles.body(body));
    }

    /** The entities of a body, with coreference and roles. */
    public List<Entity> entities(String body) {
        return finder.find(analyze(body));
    }

    /** Every mention of every entity of a body, in text order. */
    public List<EntityMention> mentions(String body) {
        return entities(body).stream().flatMap(e -> e.mentions().stream())
                .sorted(Comparator.comparing(EntityMention::span)).toList();
    }

    public Extraction extract(String body) {
        return pipeline.extract(TestArticles.body(body));
    }

    public Extraction extract(String headline, String body) {
        return pipeline.extract(TestArticles.of(headline, body));
    }
}
