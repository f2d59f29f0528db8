package org.newskg.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.newskg.rdf.RdfFiles;
import org.newskg.rdf.TextFilter;
import org.newskg.rdf.TextProfile;
import org.newskg.store.DatasetExport;
import org.newskg.store.ExportFormat;
import org.newskg.store.KgStore;
import org.newskg.store.StoreException;

/** Exports a dataset's article graphs to a file or a stream, optionally gzipped. */
public final class ExportDataset {
    /** The formats by name: nquads, trig, jsonld, ntriples, turtle, rdfxml. */
    public static final List<String> FORMATS = List.of("nquads", "trig", "jsonld", "ntriples", "turtle", "rdfxml");

    /** What was written. */
    public record Summary(long graphs, long quads) {
    }

    /**
     * Exports to {@code file} (written through a temporary file, so it is whole or absent) or,
     * when {@code file} is null, to {@code stdout}.
     */
    public Summary export(Path dataset, String format, List<String> graphs, boolean gzip, Path file, OutputStream stdout)
            throws IOException {
        return export(dataset, format, graphs, TextProfile.FULL.toString(), false, gzip, file, stdout);
    }

    /**
     * As {@link #export(Path, String, List, boolean, Path, OutputStream)}, with no more article text than the
     * profile named {@code textProfile} (full, spans or none) keeps and, with {@code annotations},
     * the spans also as W3C Web Annotations.
     */
    public Summary export(Path dataset, String format, List<String> graphs, String textProfile, boolean annotations, boolean gzip,
                          Path file, OutputStream stdout) throws IOException {
        TextProfile text;
        try {
            text = TextProfile.parse(textProfile);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        ExportFormat f;
        try {
            f = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown format '" + format + "' (one of " + String.join(", ", FORMATS) + ")", e);
        }
        try (KgStore store = KgStore.openExisting(dataset)) {
            if (file == null) {
                OutputStream out = gzip ? new GZIPOutputStream(stdout) : stdout;
                Summary s = write(store, f, graphs, new TextFilter(text), annotations, out);
                if (out instanceof GZIPOutputStream z) {
                    z.finish();
                }
                out.flush();
                return s;
            }
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = RdfFiles.temporaryBeside(file);
            try {
                Summary s;
                try (OutputStream out = open(tmp, gzip)) {
                    s = write(store, f, graphs, new TextFilter(text), annotations, out);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return s;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (StoreException e) {
            throw new QueryFailedException(e.getMessage(), false, e);
        }
    }

    private static Summary write(KgStore store, ExportFormat f, List<String> graphs, TextFilter text, boolean annotations,
                                 OutputStream out) {
        DatasetExport.Summary s = DatasetExport.export(store, f, graphs, text, annotations, out);
        return new Summary(s.graphs(), s.quads());
    }

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return gzip ? new GZIPOutputStream(out, 1 << 16) : out;
    }

    /** The usual file name extension of a format ("nq" for nquads). */
    public static String extension(String format) {
        return ExportFormat.parse(format.toLowerCase(Locale.ROOT)).extension();
    }
}
