package org.newskg.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.CollectingErrorHandler;
import org.newskg.app.ExportDataset;
import org.newskg.rdf.Iris;
import org.newskg.rdf.StoreSafeProfile;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportFormatsIT {
    InteropFixture fx;

    @BeforeAll
    void build(@TempDir Path dir) throws Exception {
        fx = new InteropFixture(dir);
    }

    @Test
    void everyExportParsesStrictlyWithoutAWarningAndKeepsTheProfile() {
        for (var e : fx.exports.entrySet()) {
            CollectingErrorHandler collect = new CollectingErrorHandler();
            Lang lang = RDFLanguages.filenameToLang(e.getValue().toString());
            Dataset ds = RDFParser.source(e.getValue()).lang(lang).strict(true).checking(true)
                    .errorHandler(collect).toDataset();
            assertEquals(List.of(), collect.problems(), e.getKey());
            Graph union = ds.asDatasetGraph().getUnionGraph();
            Graph all = RDFLanguages.isQuads(lang) ? union : ds.asDatasetGraph().getDefaultGraph();
            assertEquals(List.of(), StoreSafeProfile.check(all), e.getKey());
            assertTrue(all.size() > 1000, e.getKey() + ": " + all.size());
        }
    }

    @Test
    void quadFormatsKeepOneGraphPerArticle() {
        for (String format : List.of("nquads", "trig", "jsonld")) {
            Dataset ds = RDFParser.source(fx.exports.get(format)).toDataset();
            List<String> names = new ArrayList<>();
            ds.listNames().forEachRemaining(names::add);
            assertTrue(names.contains(Iris.graph(new org.newskg.article.ArticleId("00-safe-city-2017"))), format + ": " + names);
            assertTrue(names.contains(org.newskg.store.Discrepancies.GRAPH), format + ": " + names);
            assertEquals(7, names.size(), format + ": five article graphs and the derived discrepancies and names: " + names);
            assertEquals(0, ds.getDefaultModel().size(), format);
        }
    }

    @Test
    void nQuadsExportHasEveryQuad() {
        long lines = 0;
        try (var s = Files.lines(fx.exports.get("nquads"))) {
            lines = s.filter(l -> !l.isBlank()).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(fx.quads, lines);
    }

    @Test
    void oneGraphGzippedToStdout() throws Exception {
        String graph = Iris.graph(new org.newskg.article.ArticleId("leeds-raid"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportDataset.Summary s = new ExportDataset().export(fx.dataset, "turtle", List.of(graph), true, null, out);
        assertEquals(1, s.graphs());
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            long triples = RDFParser.source(in).lang(Lang.TURTLE).toGraph().size();
            assertEquals(s.quads(), triples);
        }
    }
}
