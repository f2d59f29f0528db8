package org.newskg.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gathers one article's facts from the rows of the article-* queries, each tied to its sentence. */
final class ArticleFacts {
    private final List<int[]> sentences;
    private final String text;
    private final List<Fact> facts = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    /**
     * {@code sentences}: the sentence spans the graph holds, in order (every sentence in the full
     * profile, the sentences of facts in the lean ones); {@code text}: the article text, empty
     * when the graph holds none.
     */
    ArticleFacts(List<int[]> sentences, String text) {
        this.sentences = sentences;
        this.text = text;
    }

    /** A row of article-mentions.rq: an entity named at a span (once, however many types the entity has). */
    void addMention(Map<String, String> row) {
        String kind = GraphViews.kindOf(row.get("kind"));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("text", row.get("anchor"));
        details.put("names", row.get("name").isEmpty() ? row.get("entity") : row.get("name"));
        add(row.get("entity"), kind, row, row.get("name").isEmpty() ? row.get("anchor") : row.get("name"), details);
    }

    /** A row of article-counts.rq. */
    void addCount(Map<String, String> row) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("text", row.get("anchor"));
        details.put("count", row.get("count"));
        details.put("counted", row.get("counted"));
        details.put("qualifier", row.get("qualifier"));
        details.put("place", !row.get("placeName").isEmpty() ? row.get("placeName")
                : row.get("nationwide").equals("true") ? "nationwide" : "none given");
        add(row.get("fact"), "count", row, (row.get("count") + " " + row.get("counted")).strip(), details);
    }

    /** A row of article-statements.rq: a direct quote or reported speech. */
    void addStatement(Map<String, String> row) {
        String speaker = !row.get("speakerName").isEmpty() ? row.get("speakerName")
                : !row.get("description").isEmpty() ? row.get("description") : "unattributed";
        Map<String, String> details = new LinkedHashMap<>();
        details.put("text", row.get("text"));
        details.put("speaker", speaker);
        details.put("verb", row.get("verb"));
        details.put("cue", row.get("cue"));
        details.put("speakerIri", row.get("speaker"));
        add(row.get("fact"), row.get("direct").equals("true") ? "quote" : "speech", row, speaker, details);
    }

    /** The facts by start, longest first, then kind. */
    List<Fact> inSpanOrder() {
        List<Fact> sorted = new ArrayList<>(facts);
        sorted.sort(Comparator.comparingInt(Fact::begin).thenComparing(Comparator.comparingInt(Fact::end).reversed())
                .thenComparing(Fact::kind).thenComparing(Fact::id));
        return sorted;
    }

    private void add(String id, String kind, Map<String, String> row, String label, Map<String, String> details) {
        int begin = Integer.parseInt(row.get("begin"));
        int end = Integer.parseInt(row.get("end"));
        if (!seen.add(id + " " + kind + " " + begin + " " + end)) {
            return;
        }
        int[] sentence = sentenceAt(begin);
        details.values().removeIf(String::isEmpty);
        facts.add(new Fact(id, kind, begin, end, label, row.get("rule"), sentence[0], sentence[1], details));
    }

    private int[] sentenceAt(int offset) {
        for (int[] s : sentences) {
            if (s[0] <= offset && offset < s[1]) {
                return s;
            }
        }
        return sentenceInText(offset);
    }

    /**
     * The sentence around an offset the graph has no sentence for (a mention outside every
     * fact's sentence, in a lean profile), by the JDK's English sentence breaks over the text,
     * within its paragraph; none when there is no text.
     */
    private int[] sentenceInText(int offset) {
        if (text.isEmpty() || offset < 0 || offset >= text.codePointCount(0, text.length())) {
            return new int[] {-1, -1};
        }
        int at = text.offsetByCodePoints(0, offset);
        if (text.charAt(at) == '\n') {
            return new int[] {-1, -1};
        }
        int paragraphStart = text.lastIndexOf('\n', at) + 1;
        int paragraphEnd = text.indexOf('\n', at);
        paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
        java.text.BreakIterator breaks = java.text.BreakIterator.getSentenceInstance(java.util.Locale.ENGLISH);
        breaks.setText(text.substring(paragraphStart, paragraphEnd));
        int end = paragraphStart + breaks.following(at - paragraphStart);
        int begin = paragraphStart + breaks.previous();
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {text.codePointCount(0, begin), text.codePointCount(0, end)};
    }
}
