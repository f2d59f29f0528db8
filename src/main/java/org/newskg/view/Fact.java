package org.newskg.view;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One extracted fact of an article, at its half-open character span in the article's text,
 * with its provenance: the sentence it lies in and the extraction rule that made it.
 *
 * @param id       the fact's node in the graph (a statement or count IRI) or the entity a mention names
 * @param kind     person, organization, group, place, count, quote (direct) or speech (reported)
 * @param label    what the panel calls it: the entity's name, "45 arrests", the speaker
 * @param details  further fields for the side panel (speaker, verb, cue, place, ...), in order
 */
public record Fact(String id, String kind, int begin, int end, String label, String rule,
        int sentenceBegin, int sentenceEnd, Map<String, String> details) {
    public Fact {
        Objects.requireNonNull(id, "id may not be null");
        Objects.requireNonNull(kind, "kind may not be null");
        Objects.requireNonNull(label, "label may not be null");
        Objects.requireNonNull(rule, "rule may not be null");
        if (begin < 0 || begin > end) {
            throw new IllegalArgumentException("not a span: " + begin + ", " + end);
        }
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
