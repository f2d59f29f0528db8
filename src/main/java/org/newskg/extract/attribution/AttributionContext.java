package org.newskg.extract.attribution;

import java.util.List;
import java.util.Objects;
import org.newskg.extract.model.Quote;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.Span;

/**
 * What a sieve may look at: the article text, its sentences, a {@link SpeakerLocator} over its
 * tokens and entities, and the statements attributed so far (earlier in the text first), with
 * look-ups by position so that a sieve need not read them all for every quote.
 */
public final class AttributionContext {
    private final String text;
    private final List<Sentence> sentences;
    private final SpeakerLocator locator;
    private final Statements attributed;

    /** A context over statements already attributed, given in text order. */
    public AttributionContext(String text, List<Sentence> sentences, SpeakerLocator locator, List<Quote> attributed) {
        this(text, sentences, locator, statements(attributed));
    }

    /** A context over the attributor's own statements, read as they stand when a sieve asks. */
    AttributionContext(String text, List<Sentence> sentences, SpeakerLocator locator, Statements attributed) {
        this.text = Objects.requireNonNull(text, "text may not be null");
        this.locator = Objects.requireNonNull(locator, "locator may not be null");
        this.sentences = List.copyOf(sentences);
        this.attributed = Objects.requireNonNull(attributed, "attributed may not be null");
    }

    private static Statements statements(List<Quote> inTextOrder) {
        Statements s = new Statements();
        for (int i = 0; i < inTextOrder.size(); i++) {
            if (i > 0 && inTextOrder.get(i).span().compareTo(inTextOrder.get(i - 1).span()) < 0) {
                throw new IllegalArgumentException("the attributed statements must be in text order");
            }
            s.add(inTextOrder.get(i));
        }
        return s;
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
        return attributed.all();
    }

    /** The attributed statements that begin at or after {@code from} and before {@code to}, in text order. */
    public List<Quote> attributedStartingIn(int from, int to) {
        return attributed.startingIn(from, to);
    }

    /** Whether a direct quote attributed so far contains the span. */
    public boolean insideDirectQuote(Span span) {
        return attributed.insideDirectQuote(span);
    }
}
