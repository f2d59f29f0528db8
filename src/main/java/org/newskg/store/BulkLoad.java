package org.newskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads RDF files (N-Quads, TriG, Turtle ...; gzipped too) into a store with one of Jena's TDB2
 * bulk loaders, through the {@link DataLoader} protocol: startBulk, load, finishBulk. The
 * parallel loader is the fastest and takes all cores.
 */
public final class BulkLoad {
    /** Jena's loaders. */
    public enum Loader {
        BASIC, SEQUENTIAL, PHASED, PARALLEL;

        public static Loader parse(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private BulkLoad() {
    }

    /**
     * One input of a load: a name (a file, or "-" for stdin) and how to open it, its syntax
     * (a Jena short name such as "ttl", "nt", "nq", "trig", "rdfxml", "jsonld"; null to tell it from
     * the name, a trailing ".gz" aside), and, for a triples syntax, the named graph to load into
     * (null for the file's own URI).
     */
    public record Source(String name, InputOpener opener, String syntax, String graph) {
    }

    /** Opens an input. */
    @FunctionalInterface
    public interface InputOpener {
        InputStream open() throws IOException;
    }

    /**
     * Loads each source, quads into their own graphs and triples into the source's named graph
     * (never the default graph, which the union of article graphs does not see); returns the
     * number of quads read. Throws IllegalArgumentException when a syntax is unknown or cannot
     * be told, or a triples source on stdin has no graph.
     */
    public static long load(KgStore store, Loader loader, List<Source> sources) {
        List<Lang> langs = new ArrayList<>();
        List<Node> graphs = new ArrayList<>();
        for (Source s : sources) {
            Lang lang = lang(s);
            langs.add(lang);
            if (RDFLanguages.isQuads(lang)) {
                if (s.graph() != null) {
                    throw new IllegalArgumentException(s.name() + ": --graph is for triples syntaxes; "
                            + lang.getLabel() + " names its own graphs");
                }
                graphs.add(null);
            } else if (s.graph() != null) {
                graphs.add(NodeFactory.createURI(s.graph()));
            } else if (s.name().equals("-")) {
                throw new IllegalArgumentException("-: triples read from stdin need --graph IRI to go into");
            } else {
                graphs.add(NodeFactory.createURI(Path.of(s.name()).toAbsolutePath().normalize().toUri().toString()));
            }
        }
        long total = 0;
        int from = 0;
        for (int i = 1; i <= sources.size(); i++) {
            if (i == sources.size() || !Objects.equals(graphs.get(i), graphs.get(from))) {
                total += load(store, loader, sources.subList(from, i), langs.subList(from, i), graphs.get(from));
                from = i;
            }
        }
        return total;
    }

    /** One bulk load (one transaction of Jena's loader) of consecutive sources that go to the same target. */
    private static long load(KgStore store, Loader loader, List<Source> sources, List<Lang> langs, Node graph) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        MonitorOutput quiet = (fmt, args) -> { };
        DataLoader l = switch (loader) {
            case BASIC -> graph == null ? LoaderFactory.basicLoader(dsg, quiet) : LoaderFactory.basicLoader(dsg, graph, quiet);
            case SEQUENTIAL -> graph == null ? LoaderFactory.sequentialLoader(dsg, quiet)
                    : LoaderFactory.sequentialLoader(dsg, graph, quiet);
            case PHASED -> graph == null ? LoaderFactory.phasedLoader(dsg, quiet) : LoaderFactory.phasedLoader(dsg, graph, quiet);
            case PARALLEL -> graph == null ? LoaderFactory.parallelLoader(dsg, quiet)
                    : LoaderFactory.parallelLoader(dsg, graph, quiet);
        };
        l.startBulk();
        String name = sources.get(0).name();
        try {
            for (int i = 0; i < sources.size(); i++) {
                Source source = sources.get(i);
                name = source.name();
                try (InputStream raw = source.opener().open();
                     InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
                    String base = name.equals("-") ? "urn:newskg:stdin" : Path.of(name).toAbsolutePath().toUri().toString();
                    l.loadFromInputStream(base, in, langs.get(i));
                }
            }
            l.finishBulk();
        } catch (IOException | RuntimeException e) {
            l.finishException(e instanceof RuntimeException re ? re : new RuntimeException(e));
            throw new StoreException("load failed: " + name + ": " + e.getMessage(), e);
        }
        return l.countQuads() + l.countTriples();
    }

    private static Lang lang(Source s) {
        if (s.syntax() != null) {
            Lang lang = RDFLanguages.shortnameToLang(s.syntax());
            if (lang == null || !RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang)) {
                throw new IllegalArgumentException("unknown syntax '" + s.syntax() + "' (ttl, nt, nq, trig, rdfxml, jsonld, ...)");
            }
            return lang;
        }
        Lang lang = langOfName(s.name());
        if (lang == null) {
            throw new IllegalArgumentException(s.name() + ": cannot tell its syntax from its name; say it with --syntax");
        }
        return lang;
    }

    /** Whether a file's name tells an RDF syntax the loaders read ({@code .nq}, {@code .nq.gz}, {@code .ttl}, ...). */
    public static boolean isRdfFileName(String fileName) {
        return langOfName(fileName) != null;
    }

    private static Lang langOfName(String fileName) {
        String name = fileName.replaceFirst("\\.gz$", "").toLowerCase(Locale.ROOT);
        return name.endsWith(".nquads") ? Lang.NQUADS : name.endsWith(".ntriples") ? Lang.NTRIPLES
                : RDFLanguages.filenameToLang(name);
    }
}
