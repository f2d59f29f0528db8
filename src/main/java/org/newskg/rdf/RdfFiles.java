package org.newskg.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
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
     * The model's triples in newskg's fixed order. Each distinct node is ranked once (by its
     * {@link #sortKey sort key}), then the triples are sorted by the ranks of subject, predicate
     * (rdf:type first) and object, packed into one number when the ranks fit.
     */
    public static List<Triple> sorted(Model model) {
        List<Triple> triples = model.getGraph().find().toList();
        Map<Node, String> keys = new HashMap<>();
        for (Triple t : triples) {
            keys.computeIfAbsent(t.getSubject(), RdfFiles::sortKey);
            keys.computeIfAbsent(t.getPredicate(), RdfFiles::sortKey);
            keys.computeIfAbsent(t.getObject(), RdfFiles::sortKey);
        }
        List<Map.Entry<Node, String>> nodes = new ArrayList<>(keys.entrySet());
        nodes.sort(Map.Entry.comparingByValue());
        Map<Node, Integer> rank = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            rank.put(nodes.get(i).getKey(), i);
        }
        Node type = RDF.type.asNode();
        // Ranks are below 2^21 (predicate ranks shifted by one so that rdf:type is 0): three fit in a long.
        boolean packed = nodes.size() < (1 << 21) - 1;
        Ranked[] ranked = new Ranked[triples.size()];
        for (int i = 0; i < ranked.length; i++) {
            Triple t = triples.get(i);
            long s = rank.get(t.getSubject());
            long p = t.getPredicate().equals(type) ? 0 : rank.get(t.getPredicate()) + 1;
            long o = rank.get(t.getObject());
            ranked[i] = packed ? new Ranked(s << 42 | p << 21 | o, 0, t) : new Ranked(s, p << 32 | o, t);
        }
        java.util.Arrays.sort(ranked);
        List<Triple> out = new ArrayList<>(ranked.length);
        for (Ranked r : ranked) {
            out.add(r.triple());
        }
        return out;
    }

    /** A triple with the ranks of its nodes as two numbers, so that sorting compares numbers. */
    private record Ranked(long high, long low, Triple triple) implements Comparable<Ranked> {
        @Override
        public int compareTo(Ranked o) {
            int c = Long.compare(high, o.high);
            return c != 0 ? c : Long.compare(low, o.low);
        }
    }

    /** Writes the model as Turtle in newskg's fixed order. */
    public static void writeTurtle(Model model, OutputStream out) {
        writeTurtle(model, sorted(model), out);
    }

    /**
     * Turtle by hand over the sorted triples, so that it is both deterministic and readable:
     * {@code @prefix} lines for the prefixes the triples use (and no others), then one block per
     * subject with {@code a} and its types on one line, and a predicate's further objects after a comma.
     */
    private static void writeTurtle(Model model, List<Triple> triples, OutputStream out) {
        PrefixMap prefixes = PrefixMapFactory.create(new TreeMap<>(model.getNsPrefixMap()));
        NodeFormatter fmt = new NodeFormatterTTL(null, prefixes);
        java.util.Set<String> used = new java.util.TreeSet<>();
        StringBuilder body = new StringBuilder(triples.size() * 80);
        Node subject = null;
        Node predicate = null;
        for (Triple t : triples) {
            if (!t.getSubject().equals(subject)) {
                if (subject != null) {
                    body.append(" .\n\n");
                }
                subject = t.getSubject();
                predicate = null;
                body.append(format(fmt, subject, used));
            }
            if (!t.getPredicate().equals(predicate)) {
                body.append(predicate == null ? "\n    " : " ;\n    ");
                predicate = t.getPredicate();
                body.append(predicate.equals(RDF.type.asNode()) ? "a" : format(fmt, predicate, used)).append(' ');
            } else {
                body.append(predicate.equals(RDF.type.asNode()) ? ", " : ",\n        ");
            }
            body.append(format(fmt, t.getObject(), used));
        }
        if (subject != null) {
            body.append(" .\n");
        }
        StringBuilder head = new StringBuilder();
        for (String p : used) {
            head.append("@prefix ").append(p).append(": <").append(prefixes.get(p)).append("> .\n");
        }
        if (!used.isEmpty()) {
            head.append('\n');
        }
        try (java.io.Writer w = new java.io.OutputStreamWriter(new NonClosing(out), java.nio.charset.StandardCharsets.UTF_8)) {
            w.write(head.toString());
            w.write(body.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The node in Turtle, noting the prefix it was written with. */
    private static String format(NodeFormatter fmt, Node n, java.util.Set<String> used) {
        org.apache.jena.atlas.io.StringWriterI w = new org.apache.jena.atlas.io.StringWriterI();
        fmt.format(w, n);
        String s = w.toString();
        int dt = s.lastIndexOf("^^");
        String name = n.isLiteral() ? (dt >= 0 && s.charAt(s.length() - 1) != '>' ? s.substring(dt + 2) : "")
                : n.isURI() && !s.startsWith("<") ? s : "";
        int colon = name.indexOf(':');
        if (colon >= 0) {
            used.add(name.substring(0, colon));
        }
        return s;
    }

    /** The caller's stream stays open when the writer over it closes. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * A node's sort key: its IRI, or for a literal its quoted lexical form with its language or
     * datatype, with every run of ASCII digits rewritten so that comparing keys as strings
     * compares the numbers as numbers (see {@link #natural}).
     */
    static String sortKey(Node n) {
        if (n.isURI()) {
            return naturalKey(n.getURI());
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            String dt = n.getLiteralDatatypeURI();
            String suffix = lang != null && !lang.isEmpty() ? "@" + lang
                    : dt == null || dt.equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI()) ? "" : "^^" + dt;
            return naturalKey('"' + n.getLiteralLexicalForm() + '"' + suffix);
        }
        return naturalKey(n.toString());
    }

    /**
     * The string with each run of ASCII digits written as: a mark of the number's length without
     * leading zeros, the digits without leading zeros, and a mark of the run's whole length. The
     * marks are digits too ('1'..'8' for lengths 1 to 8, '9' and a length character beyond), so a
     * run compares with any other character as its first digit would.
     */
    static String naturalKey(String s) {
        int n = s.length();
        int first = 0;
        while (first < n && !isAsciiDigit(s.charAt(first))) {
            first++;
        }
        if (first == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n + 8).append(s, 0, first);
        int i = first;
        while (i < n) {
            char c = s.charAt(i);
            if (!isAsciiDigit(c)) {
                b.append(c);
                i++;
                continue;
            }
            int start = i;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
            }
            int z = start;
            while (z < i - 1 && s.charAt(z) == '0') {
                z++;
            }
            int len = i - z;
            if (len <= 8) {
                b.append((char) ('0' + len));
            } else {
                b.append('9').append((char) ('0' + Math.min(len, 0xFFFF - '0')));
            }
            b.append(s, z, i).append((char) ('0' + Math.min(i - start, 0xFFFF - '0')));
        }
        return b.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Compares strings with runs of ASCII digits compared as numbers ("#char=37" before
     * "#char=1000"; of equal numbers, the one with fewer leading zeros first).
     */
    static int natural(String a, String b) {
        return naturalKey(a).compareTo(naturalKey(b));
    }
}
