package org.newskg.store;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;

/** Validates the union of a store's article graphs against SHACL shapes. */
public final class ShapesCheck {
    private ShapesCheck() {
    }

    /** Validates against the shapes in a file, or newskg's own shapes when {@code shapesFile} is null. */
    public static long validate(KgStore store, java.nio.file.Path shapesFile, OutputStream out) {
        Graph shapes;
        if (shapesFile != null) {
            shapes = RDFParser.source(shapesFile).toGraph();
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
        return validate(store, shapes, out);
    }

    /** Validates, writes the report as Turtle to {@code out}, and returns the number of results (0 when it conforms). */
    public static long validate(KgStore store, Graph shapesGraph, OutputStream out) {
        Shapes shapes = Shapes.parse(shapesGraph);
        return Txn.calculateRead(store.dataset(), () -> {
            Graph data = store.dataset().asDatasetGraph().getUnionGraph();
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            RDFWriter.source(report.getGraph()).format(RDFFormat.TURTLE_PRETTY).output(out);
            return (long) report.getEntries().size();
        });
    }
}
