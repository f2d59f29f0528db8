package org.newskg.store;

import java.io.OutputStream;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;

/**
 * Validates a store against SHACL shapes: each article graph on its own (what the shapes describe
 * and what a build guarantees; it streams, with progress, whatever the size of the dataset), or
 * the union of them all.
 */
public final class ShapesCheck {
    private ShapesCheck() {
    }

    /** Validates against the shapes in a file, or newskg's own shapes when {@code shapesFile} is null. */
    public static long validate(KgStore store, java.nio.file.Path shapesFile, OutputStream out, boolean union,
                                BiConsumer<Integer, Integer> progress) {
        Graph shapes;
        if (shapesFile != null) {
            try {
                shapes = RDFParser.source(shapesFile).lang(RDFLanguages.filenameToLang(shapesFile.toString(), Lang.TURTLE)).toGraph();
                Shapes.parse(shapes);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        } else {
            try (java.io.InputStream in = ShapesCheck.class.getResourceAsStream("/ontology/shapes.ttl")) {
                if (in == null) {
                    throw new IllegalStateException("ontology/shapes.ttl missing from the classpath");
                }
                shapes = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return union ? validateUnion(store, shapes, out) : validateEach(store, shapes, out, progress);
    }

    /**
     * Validates each article graph, tells {@code progress} how many of how many are done, writes
     * one report of every result as Turtle to {@code out}, and returns the number of results.
     */
    public static long validateEach(KgStore store, Graph shapesGraph, OutputStream out, BiConsumer<Integer, Integer> progress) {
        Shapes shapes = Shapes.parse(shapesGraph);
        List<String> graphs = store.graphNames();
        ValidationReport.Builder all = ValidationReport.create();
        all.addPrefixes(shapesGraph.getPrefixMapping());
        long[] results = {0};
        Txn.executeRead(store.dataset(), () -> {
            for (int i = 0; i < graphs.size(); i++) {
                Graph data = store.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(graphs.get(i)));
                ValidationReport report = ShaclValidator.get().validate(shapes, data);
                report.getEntries().forEach(all::addReportEntry);
                results[0] += report.getEntries().size();
                progress.accept(i + 1, graphs.size());
            }
        });
        RDFWriter.source(all.build().getGraph()).format(RDFFormat.TURTLE_PRETTY).output(out);
        return results[0];
    }

    /** Validates the union graph, writes the report as Turtle to {@code out}, and returns the number of results. */
    public static long validateUnion(KgStore store, Graph shapesGraph, OutputStream out) {
        Shapes shapes = Shapes.parse(shapesGraph);
        return Txn.calculateRead(store.dataset(), () -> {
            Graph data = store.dataset().asDatasetGraph().getUnionGraph();
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            RDFWriter.source(report.getGraph()).format(RDFFormat.TURTLE_PRETTY).output(out);
            return (long) report.getEntries().size();
        });
    }
}
