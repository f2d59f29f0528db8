package org.newskg.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes article graphs as Turtle: prefixes first, then one block per subject, subjects and
 * their triples in a fixed order (IRIs compared with their numbers as numbers, rdf:type
 * first), so the same graph always gives the same bytes, whatever order it was built in.
 */
public final class RdfFiles {
    private static final Comparator<Node> NODE_ORDER = Comparator.comparing(RdfFiles::key, RdfFiles::natural);
    private static final Comparator<Triple> TRIPLE_ORDER = Comparator.comparing(Triple::getSubject, NODE_ORDER)
            .thenComparing(Triple::getPredicate, Comparator.comparing((Node p) -> !p.equals(RDF.type.asNode()))
                    .thenComparing(NODE_ORDER))
            .thenComparing(Triple::getObject, NODE_ORDER);

    private RdfFiles() {
    }

    /** Writes the article graph as Turtle to {@code file}, through a temporary file so a reader never sees half a file. */
    public static void writeTurtle(ArticleGraph graph, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            writeTurtle(graph.model(), out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The model's triples in newskg's fixed order. */
    public static List<Triple> sorted(Model model) {
        List<Triple> triples = model.getGraph().find().toList();
        triples.sort(TRIPLE_ORDER);
        return triples;
    }

    /** Writes the model as Turtle in newskg's fixed order. */
    public static void writeTurtle(Model model, OutputStream out) {
        List<Triple> triples = sorted(model);
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        Map<String, String> prefixes = new TreeMap<>(model.getNsPrefixMap());
        prefixes.forEach(stream::prefix);
        triples.forEach(stream::triple);
        stream.finish();
    }

    private static String key(Node n) {
        return n.isURI() ? n.getURI() : n.toString();
    }

    /** Compares strings with runs of digits compared as numbers ("#char=37" before "#char=1000"). */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String da = a.substring(si, i).replaceFirst("^0+(?=\\d)", "");
                String db = b.substring(sj, j).replaceFirst("^0+(?=\\d)", "");
                int c = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
                if (c != 0) {
                    return c;
                }
                c = Integer.compare(i - si, j - sj);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
