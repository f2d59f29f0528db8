package org.newskg.store;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newskg.rdf.Prefixes;
import org.newskg.rdf.TextFilter;
import org.newskg.rdf.TextProfile;
import org.newskg.rdf.WebAnnotations;

/**
 * Writes a store's article graphs in one of the {@link ExportFormat}s. N-Quads, N-Triples,
 * Turtle and TriG stream quad by quad inside one read transaction, so a dataset of any size
 * exports in constant memory; JSON-LD and RDF/XML have no streaming writer and are built in
 * memory from the graphs chosen. Triple formats write the union of the graphs chosen (a triple
 * stated in two articles appears twice, which every store reads as once).
 */
public final class DatasetExport {
    private DatasetExport() {
    }

    /** What an export wrote. */
    public record Summary(long graphs, long quads) {
    }

    /**
     * Exports the named graphs given (all when {@code graphs} is empty) to {@code out}, with the
     * text {@code text} leaves and, with {@code annotations}, each graph's spans also as W3C Web
     * Annotations ({@link WebAnnotations}; quote selectors only where the output keeps the text).
     */
    public static Summary export(KgStore store, ExportFormat format, List<String> graphs, TextFilter text, boolean annotations,
                                 OutputStream out) {
        Extra extra = annotations ? (dsg, g) -> WebAnnotations.of(dsg, g, text.target() != TextProfile.NONE) : (dsg, g) -> List.of();
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<Node> chosen = chosen(dsg, graphs);
            return switch (format) {
                case NQUADS -> stream(dsg, chosen, StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS), true, text, extra);
                case TRIG -> stream(dsg, chosen, StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS), true, text, extra);
                case NTRIPLES -> stream(dsg, chosen, StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES), false, text, extra);
                case TURTLE -> stream(dsg, chosen, StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS), false, text, extra);
                case JSONLD, RDFXML -> inMemory(dsg, chosen, format, out, text, extra);
            };
        });
    }

    private static List<Node> chosen(DatasetGraph dsg, List<String> graphs) {
        List<Node> out = new ArrayList<>();
        if (graphs.isEmpty()) {
            dsg.listGraphNodes().forEachRemaining(out::add);
            out.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return out;
        }
        for (String g : graphs) {
            Node n = NodeFactory.createURI(g);
            if (!dsg.containsGraph(n)) {
                throw new StoreException("no graph <" + g + "> in the dataset");
            }
            out.add(n);
        }
        return out;
    }

    /** Quads to add after a graph's own. */
    private interface Extra {
        List<Quad> of(DatasetGraph dsg, Node graph);
    }

    private static Summary stream(DatasetGraph dsg, List<Node> graphs, StreamRDF stream, boolean quads, TextFilter text, Extra extra) {
        stream.start();
        Prefixes.forEach(stream::prefix);
        long n = 0;
        for (Node g : graphs) {
            Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Optional<Quad> kept = text.apply(it.next());
                if (kept.isEmpty()) {
                    continue;
                }
                Quad q = kept.get();
                if (quads) {
                    stream.quad(q);
                } else {
                    stream.triple(q.asTriple());
                }
                n++;
            }
            for (Quad q : extra.of(dsg, g)) {
                if (quads) {
                    stream.quad(q);
                } else {
                    stream.triple(q.asTriple());
                }
                n++;
            }
        }
        stream.finish();
        return new Summary(graphs.size(), n);
    }

    private static Summary inMemory(DatasetGraph dsg, List<Node> graphs, ExportFormat format, OutputStream out, TextFilter text,
                                    Extra extra) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        long n = 0;
        for (Node g : graphs) {
            Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Optional<Quad> kept = text.apply(it.next());
                if (kept.isEmpty()) {
                    continue;
                }
                Quad q = kept.get();
                copy.add(format.keepsGraphs() ? q : Quad.create(Quad.defaultGraphIRI, q.asTriple()));
                n++;
            }
            for (Quad q : extra.of(dsg, g)) {
                copy.add(format.keepsGraphs() ? q : Quad.create(Quad.defaultGraphIRI, q.asTriple()));
                n++;
            }
        }
        Prefixes.forEach(copy.prefixes()::add);
        if (format == ExportFormat.JSONLD) {
            RDFWriter.source(copy).format(RDFFormat.JSONLD11).output(out);
        } else {
            RDFWriter.source(copy.getDefaultGraph()).format(RDFFormat.RDFXML_PLAIN).output(out);
        }
        return new Summary(graphs.size(), n);
    }
}
