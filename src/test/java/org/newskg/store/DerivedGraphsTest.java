package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.article.ArticleId;
import org.newskg.article.ArticleReader;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ExtractionToRdf;

class DerivedGraphsTest {
    private final ExtractionPipeline pipeline = ExtractionPipeline.standard();
    private final ExtractionToRdf mapper = new ExtractionToRdf("0.0.0-test");

    private ArticleGraph graph(String id, String headline, String body) {
        return mapper.map(pipeline.extract(new Article(new ArticleId(id), headline, "3 May 2011", Optional.of(LocalDate.of(2011, 5, 3)),
                body, id + ".txt")));
    }

    @Test
    void theRowsReadFromAnArticlesModelAreTheRowsItsQueriesGiveInTheStore() throws Exception {
        List<ArticleGraph> graphs = List.of(
                mapper.map(pipeline.extract(new ArticleReader().read(Path.of("examples/00-safe-city-2017.txt")))),
                graph("leeds", "Raid in Leeds", "Police said 12 people were arrested in Leeds. Ruth Marsh, the leader of the "
                        + "Harbour Party, spoke in Leeds. \u201CWe will win,\u201D Ms Marsh said."),
                graph("york", "York raid", "Fourteen people were arrested in York. \u201CThe seat is ours,\u201D Mr Marsh said."));
        DerivedGraphs.Inputs gathered = new DerivedGraphs.Inputs();
        try (KgStore store = KgStore.inMemory()) {
            for (ArticleGraph g : graphs) {
                gathered.add(DerivedGraphs.Inputs.of(g));
                store.replaceGraph(g);
            }
            DerivedGraphs.Inputs read = DerivedGraphs.read(store);
            assertFalse(read.sortedRows().get(0).isEmpty() || read.sortedRows().get(1).isEmpty(), read.sortedRows().toString());
            assertEquals(read.sortedRows(), gathered.sortedRows());
            assertTrue(DerivedGraphs.sameRows(read, gathered));
        }
    }
}
