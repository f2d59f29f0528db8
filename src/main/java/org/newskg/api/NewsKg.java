package org.newskg.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.tdb2.TDB2Factory;
import org.newskg.app.ArticleSummary;
import org.newskg.app.BuildGraph;
import org.newskg.app.PipelineInBackground;
import org.newskg.app.Version;
import org.newskg.article.Article;
import org.newskg.article.ArticleDates;
import org.newskg.article.ArticleFormatException;
import org.newskg.article.ArticleId;
import org.newskg.article.ArticleReader;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.rdf.ExtractionToRdf;

/**
 * newskg as a library: the one entry point for Java code that wants an article's knowledge graph
 * as a Jena {@link Model}, or a corpus built into a TDB2 {@link Dataset}. The command line uses
 * it too.
 *
 * <pre>{@code
 * NewsKg kg = NewsKg.create();
 * Model graph = kg.extract("leeds-raid", "Police raid homes in Leeds", "2024-05-02",
 *         "Police in Leeds arrested 12 men on Tuesday.");
 * graph.write(System.out, "TURTLE");
 * }</pre>
 *
 * <p>An instance holds the gazetteers and word lists (read once, a few hundred milliseconds) and
 * is safe to share between threads: extraction is a pure function of the article.
 */
public final class NewsKg {
    private final Supplier<ExtractionPipeline> pipeline;
    private final ExtractionToRdf mapper;

    private NewsKg(Supplier<ExtractionPipeline> pipeline) {
        this.pipeline = pipeline;
        this.mapper = new ExtractionToRdf(Version.current());
    }

    /** newskg with its standard extraction pipeline (which loads on a thread of its own, while the caller goes on). */
    public static NewsKg create() {
        return new NewsKg(PipelineInBackground.start());
    }

    /**
     * The knowledge graph of one article: its people, organizations, places, arrest counts and
     * statements with their provenance, as RDF (the newskg ontology, schema.org, PROV-O, NIF).
     *
     * @param id       the article's id, a slug such as "leeds-raid" (it becomes part of the IRIs)
     * @param headline the headline
     * @param date     the publication date as printed ("2 May 2024", "2024-05-02"), or null
     * @param body     the text after the headline, paragraphs separated by blank lines
     * @return a new model holding the article's graph
     * @throws IllegalArgumentException when the id is not a slug
     */
    public Model extract(String id, String headline, String date, String body) {
        Objects.requireNonNull(headline, "headline may not be null");
        Objects.requireNonNull(body, "body may not be null");
        String dateText = date == null ? "" : date.strip();
        Article article = new Article(ArticleId.fromFileName(id + ".x"), headline.strip(), dateText,
                ArticleDates.parse(dateText), body.strip(), id);
        return extract(article);
    }

    /**
     * The knowledge graph of an article file in newskg's text format (headline, date line or a
     * blank line, body); its id is the file name without its extension.
     *
     * @throws IOException when the file cannot be read
     * @throws ArticleFormatException when it is not a text article (empty, binary, not UTF-8)
     */
    public Model extract(Path articleFile) throws IOException, ArticleFormatException {
        return extract(new ArticleReader().read(articleFile));
    }

    private Model extract(Article article) {
        return mapper.map(pipeline.get().extract(article)).model();
    }

    /**
     * Builds articles (files, directories of them, JSON Lines) into the TDB2 dataset at
     * {@code dataset}: one named graph per article, incremental as {@code newskg build} is.
     *
     * @return what was built, unchanged and failed
     * @throws IOException when an input or the dataset cannot be read or written
     */
    public BuildGraph.Result build(Path dataset, List<String> inputs) throws IOException {
        return build(inputs, new BuildGraph.Options(Optional.empty(), dataset), InputStream.nullInputStream(), s -> { }, s -> { });
    }

    /**
     * Builds with every option of {@code newskg build}, telling {@code extracted} about each
     * article as it is extracted and {@code loaded} once it is in the dataset.
     */
    public BuildGraph.Result build(List<String> inputs, BuildGraph.Options options, InputStream stdin,
                                   Consumer<ArticleSummary> extracted, Consumer<ArticleSummary> loaded) throws IOException {
        return new BuildGraph(pipeline).build(inputs, options, stdin, extracted, loaded);
    }

    /**
     * The dataset at {@code dataset} as a Jena {@link Dataset} (TDB2): one named graph per
     * article ({@code https://newskg.org/graph/ID}); query it inside a transaction, and over all
     * articles with {@code GRAPH ?g { ... }}.
     */
    public static Dataset open(Path dataset) {
        return TDB2Factory.connectDataset(dataset.toString());
    }
}
