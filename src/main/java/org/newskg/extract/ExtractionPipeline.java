package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newskg.article.Article;
import org.newskg.extract.attribution.SpeakerAttributor;

/**
 * Runs the extraction stages in their fixed order: sentences, tokens, mentions, entities,
 * roles, arrest counts, individual arrests, direct quotes, speaker attribution. Each stage gets
 * only what the earlier ones made; the gazetteers are loaded once, when the pipeline is built,
 * and the pipeline is safe to share between threads.
 */
public final class ExtractionPipeline {
    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer;
    private final MentionFinder mentions;
    private final EntityResolver resolver;
    private final RoleFinder roles;
    private final ArrestCounter counter;
    private final IndividualArrestFinder arrests;
    private final QuoteFinder quotes;
    private final SpeakerAttributor attributor;

    private ExtractionPipeline(Builder b) {
        this.splitter = Objects.requireNonNull(b.splitter, "a sentence splitter is required");
        this.tokenizer = Objects.requireNonNull(b.tokenizer, "a tokenizer is required");
        this.mentions = Objects.requireNonNull(b.mentions, "a mention finder is required");
        this.resolver = Objects.requireNonNull(b.resolver, "an entity resolver is required");
        this.roles = Objects.requireNonNull(b.roles, "a role finder is required");
        this.counter = Objects.requireNonNull(b.counter, "an arrest counter is required");
        this.arrests = Objects.requireNonNull(b.arrests, "an individual arrest finder is required");
        this.quotes = Objects.requireNonNull(b.quotes, "a quote finder is required");
        this.attributor = Objects.requireNonNull(b.attributor, "a speaker attributor is required");
    }

    /** A builder with every standard stage; replace a stage with its setter. */
    public static Builder create() {
        return new Builder();
    }

    /** The standard pipeline, with the gazetteers from the classpath. */
    public static ExtractionPipeline standard() {
        return create().build();
    }

    /** Extracts everything from one article. Pure: the same article gives the same result. */
    public Extraction extract(Article article) {
        Objects.requireNonNull(article, "article may not be null");
        String text = article.text();
        List<Sentence> sentences = splitter.split(article);
        List<Token> tokens = tokenizer.tokenize(article, sentences);
        List<EntityMention> found = mentions.find(article, sentences, tokens);
        List<Entity> entities = roles.find(article, tokens, resolver.resolve(found));
        List<ArrestCount> counts = counter.count(article, sentences, tokens, entities);
        List<IndividualArrest> individual = arrests.find(article, sentences, entities);
        QuoteFinder.Result direct = quotes.find(article, sentences, tokens);
        List<Quote> statements = attributor.attribute(text, sentences, tokens, entities, direct.quotes());
        List<Diagnostic> diagnostics = new ArrayList<>(direct.diagnostics());
        return new Extraction(article, sentences, entities, counts, statements, individual, diagnostics,
                CountPlacer.dateline(article, entities));
    }

    /** Builds a pipeline; every stage starts as the standard one. */
    public static final class Builder {
        private SentenceSplitter splitter = new SentenceSplitter();
        private Tokenizer tokenizer = new Tokenizer();
        private MentionFinder mentions;
        private EntityResolver resolver = new EntityResolver();
        private RoleFinder roles = new RoleFinder();
        private ArrestCounter counter = new ArrestCounter();
        private IndividualArrestFinder arrests = new IndividualArrestFinder();
        private QuoteFinder quotes = new QuoteFinder();
        private SpeakerAttributor attributor = SpeakerAttributor.standard();

        private Builder() {
        }

        public Builder mentionFinder(MentionFinder finder) {
            this.mentions = finder;
            return this;
        }

        public Builder speakerAttributor(SpeakerAttributor a) {
            this.attributor = a;
            return this;
        }

        public ExtractionPipeline build() {
            if (mentions == null) {
                mentions = new MentionFinder(PlaceGazetteer.load(), OrganizationGazetteer.load(), NameLexicon.load());
            }
            return new ExtractionPipeline(this);
        }
    }
}
