package org.newskg.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Objects;

/**
 * Reads article files: line 1 the headline, line 2 the date as printed (may be blank), a blank
 * line, then the body. The date line is the first non-blank line after the headline when it is
 * short and reads as a date (some sources put a blank line before it); otherwise that line
 * starts the body. Empty, binary, non-UTF-8 and oversized input is refused
 * with an {@link ArticleFormatException} naming the source and line.
 */
public final class ArticleReader {
    /** The largest article accepted, in bytes. */
    public static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

    private final int maxBytes;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReader(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** Reads the article in a file; its id comes from the file name. */
    public Article read(Path file) throws IOException, ArticleFormatException {
        Objects.requireNonNull(file, "file may not be null");
        String source = file.toString();
        if (Files.size(file) > maxBytes) {
            throw new ArticleFormatException(source, 1, "article is larger than " + maxBytes + " bytes");
        }
        return parse(ArticleId.fromFileName(file.getFileName().toString()), source, Files.readAllBytes(file));
    }

    /** Parses article bytes; the source names them in error messages. */
    public Article parse(ArticleId id, String source, byte[] bytes) throws ArticleFormatException {
        String text = decode(source, bytes);
        text = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ArticleFormatException(source, 1, "empty article: no headline and no text");
        }
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (lines[first].isBlank()) {
            first++;
        }
        String headline = lines[first].strip();
        int next = first + 1;
        while (next < lines.length && lines[next].isBlank()) {
            next++;
        }
        String dateLine = "";
        int bodyStart = next;
        if (next < lines.length && isDateLine(lines[next])) {
            dateLine = lines[next].strip();
            bodyStart = next + 1;
        }
        StringBuilder body = new StringBuilder();
        int bodyLine = lines.length;
        for (int i = bodyStart; i < lines.length; i++) {
            if (body.length() > 0 || !lines[i].isBlank()) {
                bodyLine = Math.min(bodyLine, i + 1);
                body.append(lines[i]).append('\n');
            }
        }
        return new Article(id, headline, dateLine, ArticleDates.parse(dateLine), body.toString().stripTrailing(), source,
                Math.max(1, bodyLine));
    }

    /**
     * What makes a text unreadable as an article, or null: a NUL character (binary content) or
     * a lone surrogate (text that was not Unicode). Text files and JSON Lines are held to the same rule.
     */
    static String unreadableCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "binary content (a NUL character at offset " + i + "), not a text article";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("not Unicode text (a lone surrogate U+%04X at offset %d)", (int) c, i);
            }
        }
        return null;
    }

    /** A short line that reads as a date: the date line some sources print after a blank line. */
    private static boolean isDateLine(String line) {
        return line.strip().length() <= 60 && ArticleDates.parse(line).isPresent();
    }

    private static String decode(String source, byte[] bytes) throws ArticleFormatException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ArticleFormatException(source, lineAt(bytes, i), "binary content (NUL byte at offset " + i + "), not a text article");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ArticleFormatException(source, lineAt(bytes, in.position()),
                    "not valid UTF-8 (bad byte at offset " + in.position() + ")");
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new ArticleFormatException(source, lineAt(bytes, bytes.length), "not valid UTF-8 at the end of the file");
        }
        out.flip();
        return out.toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
