package org.newskg.extract.attribution;

import java.util.List;
import java.util.Objects;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;

/**
 * What a sieve may look at: the article text, its sentences, a {@link SpeakerLocator} over its
 * tokens and entities, and the statements attributed so far (earlier in the text first).
 */
public record AttributionContext(String text, List<Sentence> sentences, SpeakerLocator locator, List<Quote> attributed) {
    public AttributionContext {
        Objects.requireNonNull(text, "text may not be null");
        Objects.requireNonNull(locator, "locator may not be null");
        sentences = List.copyOf(sentences);
        attributed = List.copyOf(attributed);
    }
}
