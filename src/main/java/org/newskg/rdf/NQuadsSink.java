package org.newskg.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * One N-Quads stream of article graphs for bulk loaders, written while a build runs: each graph's
 * quads in newskg's fixed order, the graphs in the order given; gzipped when the file name ends
 * in {@code .gz}.
 */
public final class NQuadsSink implements AutoCloseable {
    private final OutputStream out;
    private final Path file;

    public NQuadsSink(Path file) throws IOException {
        this.file = file;
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        this.out = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(o, 1 << 16) : o;
    }

    /** The graph as N-Quads in newskg's fixed order, ready for {@link #write(byte[], long)}; safe on any thread. */
    public static byte[] render(ArticleGraph graph) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
        StreamRDF s = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        s.start();
        Node g = NodeFactory.createURI(graph.graphIri());
        for (var t : graph.triples()) {
            s.quad(org.apache.jena.sparql.core.Quad.create(g, t));
        }
        s.finish();
        return bytes.toByteArray();
    }

    /** Writes a graph rendered by {@link #render}. */
    public void write(byte[] rendered) {
        try {
            out.write(rendered);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private UncheckedIOException failed(IOException e) {
        return new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
}
