package org.newskg.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/** Writes article graphs as Turtle: pretty, with prefixes, grouped by subject, byte-identical for the same graph. */
public final class RdfFiles {
    private RdfFiles() {
    }

    /** Writes the model as Turtle to {@code file}, through a temporary file so a reader never sees half a file. */
    public static void writeTurtle(ArticleGraph graph, Path file) throws IOException {
        Model model = graph.model();
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            writeTurtle(model, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static void writeTurtle(Model model, OutputStream out) {
        RDFWriter.source(model).format(RDFFormat.TURTLE_PRETTY).output(out);
    }
}
