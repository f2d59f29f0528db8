package org.newskg.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.extract.model.Diagnostic;
import org.newskg.extract.model.EntityType;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ExtractionToRdf;
import org.newskg.rdf.NQuadsSink;
import org.newskg.rdf.RdfFiles;
import org.newskg.store.DerivedGraphs;

/**
 * One article extracted and mapped on an extraction thread (its Turtle file written, its
 * N-Quads rendered when wanted), waiting to be loaded.
 *
 * @param nquads  the graph as N-Quads lines in newskg's fixed order, empty when no N-Quads stream is written
 * @param derived what the derived graphs take from this article's graph, when asked for (else empty)
 */
record BuiltArticle(ArticleGraph graph, ArticleSummary summary, byte[] nquads, DerivedGraphs.Inputs derived) {

    static BuiltArticle build(ExtractionPipeline pipeline, ExtractionToRdf mapper, Article article, Optional<Path> turtleDir,
                              boolean renderNQuads, boolean gatherDerived) throws IOException {
        Extraction x = pipeline.extract(article);
        ArticleGraph graph = mapper.map(x);
        Optional<Path> turtle = Optional.empty();
        if (turtleDir.isPresent()) {
            Path file = turtleDir.get().resolve(article.id().value() + ".ttl");
            RdfFiles.writeTurtle(graph, file);
            turtle = Optional.of(file);
        }
        List<String> warnings = new ArrayList<>();
        for (Diagnostic d : x.diagnostics()) {
            warnings.add(article.source() + ":" + article.lineOf(d.span().begin()) + ": " + d.message());
        }
        ArticleSummary summary = new ArticleSummary(article.source(), article.id().value(), x.count(EntityType.PERSON),
                x.count(EntityType.ORGANIZATION), x.count(EntityType.PLACE), x.counts().size(), x.quotes().size(),
                graph.size(), turtle, warnings);
        return new BuiltArticle(graph, summary, renderNQuads ? NQuadsSink.render(graph) : new byte[0],
                gatherDerived ? DerivedGraphs.Inputs.of(graph) : new DerivedGraphs.Inputs());
    }
}
