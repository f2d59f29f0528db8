package org.newskg.article;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of an article: a slug made of lower-case letters, digits, dots,
 * hyphens and underscores, usually the file name without its extension. It becomes part of
 * IRIs, so it is checked when made.
 */
public record ArticleId(String value) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]{0,199}");

    public ArticleId {
        Objects.requireNonNull(value, "article id may not be null");
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid article id (lower-case letters, digits, . - _): '" + value + "'");
        }
    }

    /** The id for a file name: its extension dropped, lower-cased, other characters made hyphens. */
    public static ArticleId fromFileName(String fileName) {
        Objects.requireNonNull(fileName, "file name may not be null");
        String stem = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String slug = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[^a-z0-9]+", "").replaceAll("-+$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("cannot make an article id from file name '" + fileName + "'");
        }
        return new ArticleId(slug.length() > 200 ? slug.substring(0, 200) : slug);
    }

    @Override
    public String toString() {
        return value;
    }
}
