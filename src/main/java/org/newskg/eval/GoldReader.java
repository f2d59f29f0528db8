package org.newskg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads gold annotation files; a malformed one is refused with its file name and line. */
public final class GoldReader {
    private final ObjectMapper json = new ObjectMapper();

    /** The gold of one file; its name is the file name without {@code .json}. */
    public GoldArticle read(Path file) throws IOException, GoldFormatException {
        JsonNode root;
        try {
            root = json.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(file + ":" + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new GoldFormatException(file + ":1: a gold file holds one JSON object");
        }
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        try {
            return new GoldArticle(name, list(root, "persons", GoldReader::item), list(root, "organizations", GoldReader::item),
                    list(root, "places", GoldReader::item), list(root, "arrest_counts", GoldReader::count),
                    list(root, "quotes", GoldReader::quote));
        } catch (IllegalArgumentException e) {
            throw new GoldFormatException(file + ": " + e.getMessage());
        }
    }

    private static <T> List<T> list(JsonNode root, String field, Function<JsonNode, T> read) {
        List<T> out = new ArrayList<>();
        JsonNode array = root.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return out;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be an array");
        }
        array.forEach(n -> out.add(read.apply(n)));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("every item needs a text '" + field + "': " + n);
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        n.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }

    private static GoldItem item(JsonNode n) {
        return new GoldItem(text(n, "name"), strings(n, "aliases"));
    }

    private static GoldCount count(JsonNode n) {
        JsonNode c = n.get("count");
        if (c == null || !c.canConvertToLong()) {
            throw new IllegalArgumentException("every arrest count needs a number 'count': " + n);
        }
        JsonNode place = n.get("place");
        Optional<String> p = place == null || place.isNull() ? Optional.empty() : Optional.of(place.asText());
        return new GoldCount(c.asLong(), p, strings(n, "place_aliases"));
    }

    private static GoldQuote quote(JsonNode n) {
        return new GoldQuote(text(n, "text_contains"), text(n, "speaker"), strings(n, "speaker_aliases"));
    }
}
