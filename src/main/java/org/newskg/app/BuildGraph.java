package org.newskg.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.newskg.article.Article;
import org.newskg.article.ArticleFormatException;
import org.newskg.article.ArticleId;
import org.newskg.article.ArticleReader;
import org.newskg.extract.Diagnostic;
import org.newskg.extract.EntityType;
import org.newskg.extract.Extraction;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.rdf.ExtractionToRdf;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.RdfFiles;
import org.newskg.store.KgStore;

/**
 * Builds the knowledge graph from articles: reads each input, extracts, maps to its named graph,
 * writes its Turtle file and replaces its graph in the dataset. An input that cannot be read is
 * reported and skipped; what was loaded before stays as it was.
 */
public final class BuildGraph {
    private final ExtractionPipeline pipeline;
    private final ArticleReader reader = new ArticleReader();
    private final ExtractionToRdf mapper = new ExtractionToRdf(Version.current());

    /** A build with the standard extraction pipeline. */
    public static BuildGraph standard() {
        return new BuildGraph(ExtractionPipeline.standard());
    }

    public BuildGraph(ExtractionPipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline may not be null");
    }

    /** Where to write: the Turtle directory (empty to write none) and the dataset. */
    public record Options(Optional<Path> turtleDir, Path dataset) {
        public Options {
            Objects.requireNonNull(turtleDir, "turtleDir may not be null");
            Objects.requireNonNull(dataset, "dataset may not be null");
        }
    }

    /** The outcome of a build. */
    public record Result(List<ArticleSummary> built, List<BuildFailure> failed) {
        public Result {
            built = List.copyOf(built);
            failed = List.copyOf(failed);
        }
    }

    /**
     * Builds every input (article files, directories of {@code .txt} articles, "-" for stdin),
     * telling {@code progress} about each article as it is loaded.
     */
    public Result build(List<String> inputs, Options options, InputStream stdin, Consumer<ArticleSummary> progress)
            throws IOException {
        List<ArticleSummary> built = new ArrayList<>();
        List<BuildFailure> failed = new ArrayList<>();
        try (KgStore store = KgStore.open(options.dataset())) {
            for (String input : InputFiles.expand(inputs)) {
                try {
                    Article article = input.equals("-") ? reader.read(new ArticleId("stdin"), "-", stdin)
                            : reader.read(Path.of(input));
                    ArticleSummary summary = buildOne(article, options, store);
                    built.add(summary);
                    progress.accept(summary);
                } catch (ArticleFormatException e) {
                    failed.add(new BuildFailure(input, e.getMessage()));
                } catch (NoSuchFileException e) {
                    failed.add(new BuildFailure(input, input + ": no such file"));
                } catch (IOException e) {
                    failed.add(new BuildFailure(input, input + ": " + e.getMessage()));
                }
            }
        }
        return new Result(built, failed);
    }

    private ArticleSummary buildOne(Article article, Options options, KgStore store) throws IOException {
        Extraction x = pipeline.extract(article);
        ArticleGraph graph = mapper.map(x);
        Optional<Path> turtle = Optional.empty();
        if (options.turtleDir().isPresent()) {
            Path file = options.turtleDir().get().resolve(article.id().value() + ".ttl");
            RdfFiles.writeTurtle(graph, file);
            turtle = Optional.of(file);
        }
        long triples = store.replaceGraph(graph);
        List<String> warnings = new ArrayList<>();
        for (Diagnostic d : x.diagnostics()) {
            warnings.add(article.source() + ":" + article.lineOf(d.span().begin()) + ": " + d.message());
        }
        return new ArticleSummary(article.source(), article.id().value(), x.count(EntityType.PERSON),
                x.count(EntityType.ORGANIZATION), x.count(EntityType.PLACE), x.counts().size(), x.quotes().size(),
                triples, turtle, warnings);
    }
}
