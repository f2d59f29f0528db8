package org.newskg.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.app.BuildGraph;
import org.newskg.app.ExportDataset;
import org.newskg.store.KgStore;
import org.newskg.store.Queries;

/**
 * A dataset built from the sample article, the test article and three articles of the bundled
 * BBC sample, its exports in every format, and the answers of the five competency queries on
 * TDB2, which every other store must give too.
 */
final class InteropFixture {
    static final List<String> COMPETENCY = List.of("persons", "organizations", "places", "arrest-counts", "quotes");
    static final Path BBC = Path.of("src/test/resources/corpus/bbc/politics");
    static final List<String> BBC_ARTICLES = List.of("abbas-will-not-tolerate-attacks.txt",
            "cherie-accused-of-attacking-bush.txt", "child-access-law-shake-up-planned.txt");

    final Path dir;
    final Path dataset;
    final Map<String, Path> exports = new LinkedHashMap<>();
    final Map<String, List<String>> answers = new LinkedHashMap<>();
    final long quads;

    InteropFixture(Path dir) throws IOException {
        this.dir = dir;
        this.dataset = dir.resolve("dataset");
        List<String> inputs = new ArrayList<>(List.of("examples/00-safe-city-2017.txt", "src/test/resources/eval/articles"));
        BBC_ARTICLES.forEach(name -> inputs.add(BBC.resolve(name).toString()));
        BuildGraph.Result r = BuildGraph.standard().build(inputs, new BuildGraph.Options(Optional.empty(), dataset),
                new ByteArrayInputStream(new byte[0]), s -> { });
        if (!r.failed().isEmpty() || r.totals().built() < 5) {
            throw new IllegalStateException("fixture build failed: " + r.failed());
        }
        long total = 0;
        for (String format : ExportDataset.FORMATS) {
            Path file = dir.resolve("export." + ExportDataset.extension(format));
            ExportDataset.Summary s = new ExportDataset().export(dataset, format, List.of(), false, file, null);
            exports.put(format, file);
            total = s.quads();
        }
        this.quads = total;
        try (KgStore store = KgStore.openExisting(dataset)) {
            for (String q : COMPETENCY) {
                answers.put(q, normalize(Queries.selectRows(store, query(q))));
            }
        }
    }

    static String query(String name) throws IOException {
        return Files.readString(Path.of("ontology/queries/" + name + ".rq"));
    }

    /** The variables a competency query projects. */
    static List<String> variables(String name) throws IOException {
        return org.apache.jena.query.QueryFactory.create(query(name)).getResultVars();
    }

    /** Rows as sorted "var=value" lines, so answers from any store compare as multisets. */
    static List<String> normalize(List<Map<String, String>> rows) {
        List<String> out = new ArrayList<>();
        for (Map<String, String> row : rows) {
            StringBuilder b = new StringBuilder();
            new java.util.TreeMap<>(row).forEach((k, v) -> b.append(k).append('=').append(v).append('|'));
            out.add(b.toString());
        }
        out.sort(null);
        return out;
    }
}
