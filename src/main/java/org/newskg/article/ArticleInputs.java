package org.newskg.article;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The articles of a build's inputs, read lazily one at a time so a corpus of any size streams
 * through: files, directories (every {@code .txt}, {@code .jsonl}, {@code .ndjson}, and their
 * {@code .gz}, recursively, in name order), and "-" for stdin. With {@link InputFormat#AUTO}, a
 * file is JSON Lines when its name ends in {@code .jsonl} or {@code .ndjson} (before any
 * {@code .gz}), and stdin when its first non-space byte is '{'. An input that cannot be read is
 * an {@link InputItem.Unreadable} and the next one is read as usual.
 */
public final class ArticleInputs implements Iterator<InputItem>, AutoCloseable {
    /** The id of an article read from stdin when none is given. */
    public static final ArticleId STDIN_ID = new ArticleId("stdin");

    /** An input to read, and the folders between the directory it was found in and its file ("" when given itself). */
    private record Pending(String input, Path relative) {
    }

    private final Deque<Pending> pending = new ArrayDeque<>();
    private final InputFormat format;
    private final InputStream stdin;
    private final ArticleId stdinId;
    private static final ArticleReader READER = new ArticleReader();
    private Iterator<InputItem> current = List.<InputItem>of().iterator();
    private InputStream open;

    public ArticleInputs(List<String> inputs, InputFormat format, InputStream stdin) throws IOException {
        this(inputs, format, stdin, STDIN_ID);
    }

    /** Inputs whose text article on stdin, if any, has the id {@code stdinId}. */
    public ArticleInputs(List<String> inputs, InputFormat format, InputStream stdin, ArticleId stdinId) throws IOException {
        this.format = format;
        this.stdin = stdin;
        this.stdinId = stdinId;
        for (String input : inputs) {
            Path p = Path.of(input);
            if (!input.equals("-") && Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).filter(ArticleInputs::isArticleFile).sorted()
                            .forEach(f -> pending.add(new Pending(f.toString(), p.relativize(f))));
                }
            } else {
                pending.add(new Pending(input, Path.of(input.equals("-") ? "stdin" : p.getFileName().toString())));
            }
        }
    }

    private static boolean isArticleFile(Path f) {
        String n = f.getFileName().toString().replaceFirst("\\.gz$", "");
        return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            closeOpen();
            if (pending.isEmpty()) {
                return false;
            }
            Pending next = pending.removeFirst();
            current = open(next.input(), next.relative());
        }
        return true;
    }

    @Override
    public InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private Iterator<InputItem> open(String input, Path relative) {
        boolean isStdin = input.equals("-");
        try {
            if (!isStdin && Files.exists(Path.of(input)) && !Files.isRegularFile(Path.of(input))) {
                return one(new InputItem.Unreadable(input, 0, input + ": not a regular file (a device, pipe or socket "
                        + "is not read; give a file, a directory or - for stdin)"));
            }
            InputStream in = isStdin ? stdin : Files.newInputStream(Path.of(input));
            open = isStdin ? null : in;
            return items(in, input, isStdin ? Path.of("stdin") : relative, isStdin ? stdinId : null, format);
        } catch (NoSuchFileException e) {
            return one(new InputItem.Unreadable(input, 0, input + ": no such file"));
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return one(new InputItem.Unreadable(input, 0, input + ": " + e.getMessage()));
        }
    }

    /**
     * The items of one input file read from a stream (a file of a Hadoop file system, say),
     * exactly as a build reads that file: gzip when its name ends in {@code .gz}, JSON Lines or
     * one text article by {@code format} and its name, each bad line or file an
     * {@link InputItem.Unreadable}. Lazy for JSON Lines: the caller closes {@code in} once done.
     *
     * @param in       the file's bytes
     * @param source   how messages and articles name the file
     * @param relative the file's path under the directory it was found in (its name when given
     *                 itself): the article id is made of it
     */
    public static Iterator<InputItem> read(InputStream in, String source, Path relative, InputFormat format) {
        try {
            return items(in, source, relative, null, format);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return one(new InputItem.Unreadable(source, 0, source + ": " + e.getMessage()));
        }
    }

    /** The items of a stream; {@code stdinId} is non-null for stdin, whose format is sniffed. */
    private static Iterator<InputItem> items(InputStream raw, String source, Path relative, ArticleId stdinId,
                                             InputFormat format) throws IOException {
        boolean isStdin = stdinId != null;
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        String name = relative.getFileName().toString();
        if (name.endsWith(".gz")) {
            in = new BufferedInputStream(new GZIPInputStream(in), 1 << 16);
            name = name.substring(0, name.length() - 3);
        }
        ArticleId fileId = isStdin ? stdinId : ArticleId.fromRelativePath(relative.resolveSibling(name));
        if (isJsonLines(format, name, in, isStdin)) {
            return new JsonLinesReader(in, source, fileId.value(), ArticleReader.DEFAULT_MAX_BYTES);
        }
        byte[] bytes = in.readNBytes(ArticleReader.DEFAULT_MAX_BYTES + 1);
        if (bytes.length > ArticleReader.DEFAULT_MAX_BYTES) {
            return one(new InputItem.Unreadable(source, 1, source + ":1: article is larger than "
                    + ArticleReader.DEFAULT_MAX_BYTES + " bytes"));
        }
        try {
            return one(new InputItem.Parsed(READER.parse(fileId, source, bytes)));
        } catch (ArticleFormatException e) {
            return one(new InputItem.Unreadable(source, e.line(), e.getMessage()));
        }
    }

    private static boolean isJsonLines(InputFormat format, String name, InputStream in, boolean isStdin) throws IOException {
        if (format != InputFormat.AUTO) {
            return format == InputFormat.JSONL;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return true;
        }
        if (!isStdin) {
            return false;
        }
        in.mark(4096);
        int b = in.read();
        while (b >= 0 && Character.isWhitespace(b)) {
            b = in.read();
        }
        in.reset();
        return b == '{';
    }

    private static Iterator<InputItem> one(InputItem item) {
        return List.of(item).iterator();
    }

    private void closeOpen() {
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            open = null;
        }
    }

    @Override
    public void close() {
        closeOpen();
    }
}
