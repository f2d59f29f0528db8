package org.newskg.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Reads JSON Lines, one article a line: {@code id}, {@code url}, {@code headline} or
 * {@code title}, {@code date}, {@code body} or {@code text}; other fields are kept as the
 * article's metadata. Each line is parsed on its own with Jackson's streaming parser, so a
 * malformed line is reported with its file and line and the next line is read as usual.
 * Lines are read as bytes and decoded one by one; none may exceed the size limit.
 */
final class JsonLinesReader implements Iterator<InputItem> {
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(JSON);
    /** The fields read into the article itself rather than its metadata. */
    private static final java.util.Set<String> KNOWN = java.util.Set.of(
            "id", "url", "link", "headline", "title", "date", "published", "body", "text");

    private final InputStream in;
    private final String source;
    private final String stem;
    private final int maxBytes;
    private long line;
    private InputItem next;
    private boolean done;

    JsonLinesReader(InputStream in, String source, String stem, int maxBytes) {
        this.in = in;
        this.source = source;
        this.stem = stem;
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            next = readLine();
        }
        return next != null;
    }

    @Override
    public InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputItem item = next;
        next = null;
        return item;
    }

    /** The next item, or null for a blank line or the end. */
    private InputItem readLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean tooLong = false;
        try {
            int b = in.read();
            if (b < 0) {
                done = true;
                return null;
            }
            line++;
            while (b >= 0 && b != '\n') {
                if (bytes.size() < maxBytes) {
                    bytes.write(b);
                } else {
                    tooLong = true;
                }
                b = in.read();
            }
            done = b < 0;
        } catch (IOException e) {
            done = true;
            return problem("cannot read: " + e.getMessage());
        }
        if (tooLong) {
            return problem("line is longer than " + maxBytes + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return problem("not valid UTF-8");
        }
        if (line == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return null;
        }
        return parse(text);
    }

    private InputItem parse(String text) {
        JsonNode node;
        try (JsonParser p = JSON.createParser(text)) {
            node = MAPPER.readTree(p);
            if (p.nextToken() != null) {
                return problem("more than one JSON value on the line");
            }
        } catch (JsonProcessingException e) {
            return problem("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || !node.isObject()) {
            return problem("a line must hold one JSON object");
        }
        String headline = field(node, "headline", "title");
        String body = field(node, "body", "text");
        if (headline == null || headline.isBlank()) {
            return problem("no 'headline' or 'title'");
        }
        if (body == null) {
            return problem("no 'body' or 'text'");
        }
        for (String field : new String[] {headline, body}) {
            String wrong = ArticleReader.unreadableCharacter(field);
            if (wrong != null) {
                return problem(wrong);
            }
        }
        String date = field(node, "date", "published");
        Map<String, String> metadata = new TreeMap<>();
        node.fields().forEachRemaining(e -> {
            if (!KNOWN.contains(e.getKey())) {
                metadata.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
            }
        });
        String url = field(node, "url", "link");
        if (url != null) {
            metadata.put("url", url);
        }
        String oneLine = normalize(headline).replaceAll("\\s+", " ").strip();
        String dateText = date == null ? "" : date.strip();
        return new InputItem.Parsed(new Article(id(node), oneLine, dateText, ArticleDates.parse(dateText),
                normalize(body).stripTrailing(), source + ":" + line, 1, new TreeMap<>(metadata)));
    }

    private ArticleId id(JsonNode node) {
        JsonNode id = node.get("id");
        if (id != null && id.isValueNode() && !id.asText().isBlank()) {
            try {
                return ArticleId.fromFileName(id.asText().toLowerCase(Locale.ROOT) + ".x");
            } catch (IllegalArgumentException e) {
                // an id with no letters or digits: fall back to the file and line
            }
        }
        return new ArticleId(stem + "-" + line);
    }

    private static String field(JsonNode node, String name, String other) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            v = node.get(other);
        }
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    }

    private InputItem problem(String message) {
        return new InputItem.Unreadable(source, line, source + ":" + line + ": " + message);
    }
}
