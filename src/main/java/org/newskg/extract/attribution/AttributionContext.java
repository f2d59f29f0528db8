package org.newskg.extract.attribution;

import java.util.List;
import java.util.Objects;
import org.newskg.extract.Quote;
import org.newskg.extract.QuoteKind;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.SpanIndex;

/**
 * What a sieve may look at: the article text, its sentences, a {@link SpeakerLocator} over its
 * tokens and entities, and the statements attributed so far (earlier in the text first), with
 * look-ups by position so that a sieve need not read them all for every quote.
 */
public final class AttributionContext {
    private final String text;
    private final List<Sentence> sentences;
    private final SpeakerLocator locator;
    private final List<Quote> attributed;
    private final int[] begins;
    private final SpanIndex direct;

    public AttributionContext(String text, List<Sentence> sentences, SpeakerLocator locator, List<Quote> attributed) {
        this.text = Objects.requireNonNull(text, "text may not be null");
        this.locator = Objects.requireNonNull(locator, "locator may not be null");
        this.sentences = List.copyOf(sentences);
        this.attributed = List.copyOf(attributed);
        this.begins = new int[this.attributed.size()];
        for (int i = 0; i < begins.length; i++) {
            begins[i] = this.attributed.get(i).span().begin();
            if (i > 0 && begins[i] < begins[i - 1]) {
                throw new IllegalArgumentException("the attributed statements must be in text order");
            }
        }
        this.direct = new SpanIndex(this.attributed.stream().filter(q -> q.kind() == QuoteKind.DIRECT).map(Quote::span).toList());
    }

    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public SpeakerLocator locator() {
        return locator;
    }

    /** The statements attributed so far, in text order. */
    public List<Quote> attributed() {
        return attributed;
    }

    /** The attributed statements that begin at or after {@code from} and before {@code to}, in text order. */
    public List<Quote> attributedStartingIn(int from, int to) {
        int first = from <= 0 ? 0 : SpanIndex.lastAtOrBefore(begins, from - 1) + 1;
        int end = SpanIndex.lastAtOrBefore(begins, to - 1) + 1;
        return attributed.subList(first, Math.max(first, end));
    }

    /** Whether a direct quote attributed so far contains the span. */
    public boolean insideDirectQuote(Span span) {
        return direct.containsAny(span);
    }
}
