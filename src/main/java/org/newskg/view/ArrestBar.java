package org.newskg.view;

import java.util.Objects;

/**
 * One arrest count as a bar of the chart: the number, what was counted, the place (IRI and name;
 * "" and "nationwide" or "no place given" when the text ties it to none), the article, and the
 * count's span and sentence in the article's text.
 */
public record ArrestBar(String fact, long count, String counted, String place, String placeName, String article,
        String headline, int begin, int end, int sentenceBegin, int sentenceEnd, String sentence) {
    public ArrestBar {
        Objects.requireNonNull(fact, "fact may not be null");
        Objects.requireNonNull(placeName, "placeName may not be null");
        Objects.requireNonNull(article, "article may not be null");
        if (count < 0) {
            throw new IllegalArgumentException("a count below zero: " + count);
        }
    }
}
