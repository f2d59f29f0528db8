package org.newskg.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
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

    private RdfFiles() {
    }

    private static final AtomicLong TEMPORARIES = new AtomicLong();
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.\\d+\\.\\d+\\.newskg\\.tmp");

    /**
     * Writes the article graph as Turtle to {@code file}, through a temporary file so a reader
     * never sees half a file. A failure names the file.
     */
    public static void writeTurtle(ArticleGraph graph, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = temporaryBeside(file);
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writeTurtle(graph.model(), out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A temporary file beside {@code file}, unique to this process and call (so threads never
     * share one), named so that {@link #removeTemporaries} finds it if the process dies.
     */
    public static Path temporaryBeside(Path file) {
        return file.toAbsolutePath().resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                + TEMPORARIES.incrementAndGet() + ".newskg.tmp");
    }

    /** Removes the temporary files a killed run left below {@code dir}; returns how many. */
    public static int removeTemporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> stale;
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            stale = files.filter(f -> TEMPORARY.matcher(f.getFileName().toString()).matches()).toList();
        }
        for (Path f : stale) {
            Files.deleteIfExists(f);
        }
        return stale.size();
    }

    /**
     * The model's triples in newskg's fixed order. Each distinct node is ranked once, then the
     * triples are sorted by the ranks of subject, predicate (rdf:type first) and object.
     */
    public static List<Triple> sorted(Model model) {
        List<Triple> triples = model.getGraph().find().toList();
        Map<Node, String> keys = new HashMap<>();
        for (Triple t : triples) {
            keys.computeIfAbsent(t.getSubject(), RdfFiles::key);
            keys.computeIfAbsent(t.getPredicate(), RdfFiles::key);
            keys.computeIfAbsent(t.getObject(), RdfFiles::key);
        }
        List<Map.Entry<Node, String>> nodes = new ArrayList<>(keys.entrySet());
        nodes.sort((a, b) -> natural(a.getValue(), b.getValue()));
        Map<Node, Integer> rank = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            rank.put(nodes.get(i).getKey(), i);
        }
        Node type = RDF.type.asNode();
        List<Ranked> ranked = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            ranked.add(new Ranked(rank.get(t.getSubject()), t.getPredicate().equals(type) ? -1 : rank.get(t.getPredicate()),
                    rank.get(t.getObject()), t));
        }
        ranked.sort(Ranked.ORDER);
        List<Triple> out = new ArrayList<>(ranked.size());
        ranked.forEach(r -> out.add(r.triple()));
        return out;
    }

    /** A triple with the ranks of its nodes, so that sorting compares numbers. */
    private record Ranked(int subject, int predicate, int object, Triple triple) {
        static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::subject)
                .thenComparingInt(Ranked::predicate).thenComparingInt(Ranked::object);
    }

    /** Writes the model as Turtle in newskg's fixed order. */
    public static void writeTurtle(Model model, OutputStream out) {
        writeTurtle(model, sorted(model), out);
    }

    private static void writeTurtle(Model model, List<Triple> triples, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        Map<String, String> prefixes = new TreeMap<>(model.getNsPrefixMap());
        prefixes.forEach(stream::prefix);
        triples.forEach(stream::triple);
        stream.finish();
    }

    private static String withoutLeadingZeros(String digits) {
        int z = 0;
        while (z < digits.length() - 1 && digits.charAt(z) == '0') {
            z++;
        }
        return digits.substring(z);
    }

    private static String key(Node n) {
        return n.isURI() ? n.getURI() : n.toString();
    }

    /** Compares strings with runs of digits compared as numbers ("#char=37" before "#char=1000"). */
    static int natural(String a, String b) {
        // IRIs of one article share a long prefix: start at the run of digits or the character where they part.
        int k = 0;
        int n = Math.min(a.length(), b.length());
        while (k < n && a.charAt(k) == b.charAt(k)) {
            k++;
        }
        while (k > 0 && Character.isDigit(a.charAt(k - 1))) {
            k--;
        }
        int i = k;
        int j = k;
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
                String da = withoutLeadingZeros(a.substring(si, i));
                String db = withoutLeadingZeros(b.substring(sj, j));
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
