package org.newskg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.newskg.article.Article;
import org.newskg.article.ArticleId;
import org.newskg.article.ArticleReader;
import org.newskg.extract.Extraction;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.rdf.ExtractionToRdf;

/**
 * Extraction time against article length: articles of 2 KB to 2 MB made by joining the bodies
 * of a corpus (the bundled BBC sample by default), and a pathological one of repeated short
 * quotes, each extracted and mapped to RDF on one thread; prints milliseconds and microseconds
 * per KB (flat when extraction is linear). Run with bench/scaling.sh.
 */
public final class ExtractionScaling {
    private ExtractionScaling() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus/bbc");
        StringBuilder joined = new StringBuilder();
        ArticleReader reader = new ArticleReader();
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            joined.append(reader.read(f).body()).append("\n\n");
        }
        while (joined.length() < (2 << 20)) {
            joined.append(joined);
        }
        ExtractionPipeline pipeline = ExtractionPipeline.standard();
        ExtractionToRdf mapper = new ExtractionToRdf("bench");
        warmUp(pipeline, mapper, joined.substring(0, 64 << 10));
        System.out.printf("%-22s %10s %12s %10s%n", "article", "KB", "ms", "us/KB");
        for (int kb = 2; kb <= 2048; kb *= 4) {
            report("news, joined", kb, pipeline, mapper, cut(joined, kb << 10));
        }
        for (int kb : new int[] {240, 1024}) {
            report("He said \"a\", repeated", kb, pipeline, mapper, "He said \"a\". ".repeat((kb << 10) / 13));
        }
    }

    private static String cut(CharSequence text, int chars) {
        String s = text.subSequence(0, chars).toString();
        int end = s.lastIndexOf("\n\n");
        return end > 0 ? s.substring(0, end) : s;
    }

    private static void warmUp(ExtractionPipeline pipeline, ExtractionToRdf mapper, String body) throws IOException {
        for (int i = 0; i < 5; i++) {
            run(pipeline, mapper, body);
        }
    }

    private static void report(String what, int kb, ExtractionPipeline pipeline, ExtractionToRdf mapper, String body) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            run(pipeline, mapper, body);
            times.add(System.nanoTime() - t0);
        }
        times.sort(null);
        double ms = times.get(1) / 1e6;
        System.out.printf("%-22s %10d %12.1f %10.1f%n", what, body.length() >> 10, ms, ms * 1000 / Math.max(1, body.length() >> 10));
    }

    private static long run(ExtractionPipeline pipeline, ExtractionToRdf mapper, String body) {
        Article article = new Article(new ArticleId("scaling"), "A long article", "", Optional.empty(), body, "bench");
        Extraction x = pipeline.extract(article);
        return mapper.map(x).size();
    }
}
