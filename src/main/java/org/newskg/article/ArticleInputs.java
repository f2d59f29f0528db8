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
    private final Deque<String> pending = new ArrayDeque<>();
    private final InputFormat format;
    private final InputStream stdin;
    private final ArticleReader reader = new ArticleReader();
    private Iterator<InputItem> current = List.<InputItem>of().iterator();
    private InputStream open;

    public ArticleInputs(List<String> inputs, InputFormat format, InputStream stdin) throws IOException {
        this.format = format;
        this.stdin = stdin;
        for (String input : inputs) {
            Path p = Path.of(input);
            if (!input.equals("-") && Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).filter(ArticleInputs::isArticleFile).map(Path::toString).sorted()
                            .forEach(pending::add);
                }
            } else {
                pending.add(input);
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
            current = open(pending.removeFirst());
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

    private Iterator<InputItem> open(String input) {
        try {
            boolean isStdin = input.equals("-");
            InputStream in = new BufferedInputStream(isStdin ? stdin : Files.newInputStream(Path.of(input)), 1 << 16);
            String name = isStdin ? "stdin" : Path.of(input).getFileName().toString();
            if (name.endsWith(".gz")) {
                in = new BufferedInputStream(new GZIPInputStream(in), 1 << 16);
                name = name.substring(0, name.length() - 3);
            }
            open = isStdin ? null : in;
            if (isJsonLines(name, in, isStdin)) {
                String stem = name.replaceFirst("\\.[A-Za-z0-9]{1,6}$", "");
                return new JsonLinesReader(in, input, stem, ArticleReader.DEFAULT_MAX_BYTES);
            }
            byte[] bytes = in.readNBytes(ArticleReader.DEFAULT_MAX_BYTES + 1);
            if (bytes.length > ArticleReader.DEFAULT_MAX_BYTES) {
                return one(new InputItem.Unreadable(input, 1, input + ":1: article is larger than "
                        + ArticleReader.DEFAULT_MAX_BYTES + " bytes"));
            }
            ArticleId id = isStdin ? new ArticleId("stdin") : ArticleId.fromFileName(name);
            return one(new InputItem.Parsed(reader.parse(id, input, bytes)));
        } catch (ArticleFormatException e) {
            return one(new InputItem.Unreadable(input, e.line(), e.getMessage()));
        } catch (NoSuchFileException e) {
            return one(new InputItem.Unreadable(input, 0, input + ": no such file"));
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return one(new InputItem.Unreadable(input, 0, input + ": " + e.getMessage()));
        }
    }

    private boolean isJsonLines(String name, InputStream in, boolean isStdin) throws IOException {
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
