package org.newskg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.TextProfile;
import org.newskg.store.KgStore;
import org.newskg.store.Queries;
import org.newskg.store.ResultFormat;

/**
 * The competency queries give the same answers whatever the text profile the graphs were built
 * in: word for word in full and spans (the lean profile recovers words from offsets), and the
 * same rows, words left out, in none. Built from the sample, 80 vendored BBC articles and two of a
 * person whose affiliations differ.
 */
class TextProfilesTest {
    private static final List<String> INPUTS = List.of("examples/00-safe-city-2017.txt", "src/test/resources/corpus/bbc/politics",
            "src/test/resources/namesakes");
    /** The CONSTRUCT of one article's raw graph, which is what the profiles differ in. */
    private static final String RAW_GRAPH = "article-facts.rq";

    private static Map<String, String> answers(Path dir, TextProfile profile) throws Exception {
        Path dataset = dir.resolve(profile.toString());
        BuildGraph.Result r = BuildGraph.standard().build(INPUTS, new BuildGraph.Options(Optional.empty(), dataset).withText(profile),
                new ByteArrayInputStream(new byte[0]), s -> { });
        assertEquals(0, r.totals().failed());
        Map<String, String> out = new TreeMap<>();
        List<Path> queries;
        try (Stream<Path> files = Files.list(Path.of("ontology/queries"))) {
            queries = files.filter(p -> p.toString().endsWith(".rq") && !p.getFileName().toString().equals(RAW_GRAPH)).sorted().toList();
        }
        try (KgStore store = KgStore.open(dataset)) {
            for (Path q : queries) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                Queries.run(store, Files.readString(q), ResultFormat.CSV, bytes);
                out.put(q.getFileName().toString(), bytes.toString(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void theCompetencyQueriesAnswerAlikeInEveryProfile(@TempDir Path dir) throws Exception {
        Map<String, String> full = answers(dir, TextProfile.FULL);
        Map<String, String> spans = answers(dir, TextProfile.SPANS);
        Map<String, String> none = answers(dir, TextProfile.NONE);
        assertTrue(full.size() >= 13, full.keySet().toString());
        List<String> withText = new ArrayList<>();
        for (String q : full.keySet()) {
            assertEquals(full.get(q), spans.get(q), q + ": full and spans answer differently");
            long rows = full.get(q).lines().count();
            assertTrue(rows > 1 || q.equals("statements-by-speaker.rq"), q + " answers nothing: the comparison proves little");
            assertEquals(rows, none.get(q).lines().count(), q + ": none gives other rows");
            if (!full.get(q).equals(none.get(q))) {
                withText.add(q);
            }
        }
        assertEquals(List.of("affiliations.rq", "arrest-counts.rq", "arrests-by-place.rq", "discrepancies.rq", "quotes.rq",
                "statement-provenance.rq", "statements-by-speaker.rq"), withText, "only the queries that show words differ in none");
    }
}
