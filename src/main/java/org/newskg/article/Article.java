package org.newskg.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article. {@link #text()} is what extraction reads and what every character span
 * points into: the headline, a blank line, then the body, with line ends as {@code \n} and the
 * text in Unicode normalization form C.
 *
 * @param id       stable identifier, used in IRIs
 * @param headline the headline, one line, not blank
 * @param dateText the date as printed in the article, possibly empty
 * @param date     the date as a calendar date, when {@code dateText} could be read
 * @param body     the body, possibly empty
 * @param source   where the article was read from (a path or "-"), for messages and provenance
 * @param bodyLine the 1-based line of the source on which the body starts, for messages
 * @param metadata other fields the source gave (a JSON Lines record's "url", "author", ...), sorted by name
 */
public record Article(ArticleId id, String headline, String dateText, Optional<LocalDate> date, String body,
                      String source, int bodyLine, java.util.SortedMap<String, String> metadata) {

    /** The separator between headline and body in {@link #text()}. */
    public static final String HEADLINE_SEPARATOR = "\n\n";

    public Article {
        Objects.requireNonNull(id, "id may not be null");
        Objects.requireNonNull(headline, "headline may not be null");
        Objects.requireNonNull(dateText, "dateText may not be null");
        Objects.requireNonNull(date, "date may not be null");
        Objects.requireNonNull(body, "body may not be null");
        Objects.requireNonNull(source, "source may not be null");
        if (headline.isBlank() || headline.contains("\n")) {
            throw new IllegalArgumentException("headline must be one non-blank line");
        }
        if (bodyLine < 1) {
            throw new IllegalArgumentException("bodyLine must be at least 1");
        }
        metadata = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(metadata));
    }

    /** An article with no metadata. */
    public Article(ArticleId id, String headline, String dateText, Optional<LocalDate> date, String body, String source,
                   int bodyLine) {
        this(id, headline, dateText, date, body, source, bodyLine, new java.util.TreeMap<>());
    }

    /** An article whose body starts on line 3 of its source, as in the plain article format. */
    public Article(ArticleId id, String headline, String dateText, Optional<LocalDate> date, String body, String source) {
        this(id, headline, dateText, date, body, source, 3);
    }

    /** The 1-based source line of an offset into {@link #text()}: line 1 for the headline. */
    public int lineOf(int offset) {
        if (offset < bodyOffset()) {
            return 1;
        }
        int line = bodyLine;
        int end = Math.min(offset - bodyOffset(), body.length());
        for (int i = 0; i < end; i++) {
            if (body.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * A fingerprint of everything extraction reads: headline, date and body. An article whose
     * fingerprint is unchanged gives the same graph and need not be built again.
     */
    public String contentHash() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {headline, dateText, body}) {
                sha.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            metadata.forEach((k, v) -> sha.update((k + "\u0000" + v + "\u0000").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The text that spans point into: headline, a blank line, body. */
    public String text() {
        return headline + HEADLINE_SEPARATOR + body;
    }

    /** Where the body starts in {@link #text()}. */
    public int bodyOffset() {
        return headline.length() + HEADLINE_SEPARATOR.length();
    }
}
