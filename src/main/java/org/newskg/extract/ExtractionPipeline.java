package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import org.newskg.article.Article;
import org.newskg.extract.attribution.QuoteFinder;
import org.newskg.extract.attribution.SpeakerAttributor;
import org.newskg.extract.count.CountFinder;
import org.newskg.extract.count.Counts;
import org.newskg.extract.lexicon.Lexicons;
import org.newskg.extract.mention.EntityFinder;
import org.newskg.extract.model.Entity;
import org.newskg.extract.text.AnalyzedText;
import org.newskg.extract.text.TextAnalyzer;

/**
 * Runs the extraction stages in their fixed order, each a package with one entry point that
 * needs only what the stages before it made:
 * <ol>
 *   <li>{@code text}: the article → sentences and tokens ({@link TextAnalyzer});</li>
 *   <li>{@code mention}: the text and the {@code lexicon}s → entities, with coreference and
 *       roles ({@link EntityFinder});</li>
 *   <li>{@code count}: the text and the entities → arrest counts with their places, arrests of
 *       named persons, the dateline ({@link CountFinder});</li>
 *   <li>{@code attribution}: the text and the entities → direct quotes and reported speech,
 *       with their speakers ({@link SpeakerAttributor}).</li>
 * </ol>
 * The lexicons are loaded once, when the pipeline is built, and the pipeline is safe to share
 * between threads.
 */
public final class ExtractionPipeline {
    private final TextAnalyzer text;
    private final EntityFinder entities;
    private final CountFinder counts = new CountFinder();
    private final SpeakerAttributor attributor;

    private ExtractionPipeline(Builder b) {
        // The analyzer first: it starts reading the tagging model on a thread of its own, which the lexicons overlap.
        this.text = b.text == null ? new TextAnalyzer() : b.text;
        Lexicons lexicons = b.lexicons == null ? Lexicons.load() : b.lexicons;
        this.entities = new EntityFinder(lexicons);
        this.attributor = b.attributor == null ? SpeakerAttributor.standard(lexicons) : b.attributor;
    }

    /** A builder with every standard stage; replace a stage with its setter. */
    public static Builder create() {
        return new Builder();
    }

    /** The standard pipeline, with the lexicons from the classpath. */
    public static ExtractionPipeline standard() {
        return create().build();
    }

    /** Extracts everything from one article. Pure: the same article gives the same result. */
    public Extraction extract(Article article) {
        Objects.requireNonNull(article, "article may not be null");
        AnalyzedText analyzed = text.analyze(article);
        List<Entity> found = entities.find(analyzed);
        Counts counted = counts.find(analyzed, found);
        QuoteFinder.Result statements = attributor.find(analyzed, found);
        return new Extraction(article, analyzed.sentences(), found, counted.counts(), statements.quotes(),
                counted.individual(), statements.diagnostics(), counted.dateline());
    }

    /** Builds a pipeline; every stage starts as the standard one. */
    public static final class Builder {
        private Lexicons lexicons;
        private TextAnalyzer text;
        private SpeakerAttributor attributor;

        private Builder() {
        }

        /** The lexicons to use instead of loading them from the classpath. */
        public Builder lexicons(Lexicons l) {
            this.lexicons = Objects.requireNonNull(l, "lexicons may not be null");
            return this;
        }

        /** The text stage to use instead of one with the tagging model from the classpath. */
        public Builder textAnalyzer(TextAnalyzer t) {
            this.text = Objects.requireNonNull(t, "a text analyzer is required");
            return this;
        }

        public Builder speakerAttributor(SpeakerAttributor a) {
            this.attributor = Objects.requireNonNull(a, "a speaker attributor is required");
            return this;
        }

        public ExtractionPipeline build() {
            return new ExtractionPipeline(this);
        }
    }
}
