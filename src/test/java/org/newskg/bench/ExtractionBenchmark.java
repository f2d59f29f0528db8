package org.newskg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newskg.article.Article;
import org.newskg.article.ArticleFormatException;
import org.newskg.article.ArticleReader;
import org.newskg.extract.Extraction;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ExtractionToRdf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per article of extraction, and of extraction with the mapping to RDF, over a corpus
 * (the BBC corpus by default; {@code -Dnewskg.corpus=DIR} for another), on one thread: the
 * figure is per article per core. Run with bench/jmh.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {
    private final ExtractionPipeline pipeline = ExtractionPipeline.standard();
    private final ExtractionToRdf mapper = new ExtractionToRdf("bench");
    private List<Article> articles;
    private int next;

    @Setup
    public void read() throws IOException, ArticleFormatException {
        Path corpus = Path.of(System.getProperty("newskg.corpus", "src/test/resources/corpus/bbc"));
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ArticleReader reader = new ArticleReader();
        articles = new ArrayList<>();
        for (Path f : files) {
            articles.add(reader.read(f));
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no articles in " + corpus);
        }
    }

    private Article nextArticle() {
        Article a = articles.get(next);
        next = (next + 1) % articles.size();
        return a;
    }

    @Benchmark
    public Extraction extract() {
        return pipeline.extract(nextArticle());
    }

    @Benchmark
    public ArticleGraph extractAndMap() {
        return mapper.map(pipeline.extract(nextArticle()));
    }
}
