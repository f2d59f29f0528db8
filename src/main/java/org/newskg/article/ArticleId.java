package org.newskg.article;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of an article: slugs made of lower-case letters, digits, dots, hyphens
 * and underscores, separated by "/": the file name without its extension, with the folders
 * between a directory given to the build and the file ("politics/001"), so two files of one
 * name in different folders are two articles. It becomes part of IRIs, so it is checked when made.
 */
public record ArticleId(String value) {
    private static final Pattern SLUG = Pattern.compile("(?=.{1,200}$)[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");

    public ArticleId {
        Objects.requireNonNull(value, "article id may not be null");
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid article id (lower-case letters, digits, . - _, segments joined by /): '" + value + "'");
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
        return new ArticleId(slug.length() > 200 ? slug.substring(0, 200).replaceAll("[^a-z0-9]+$", "") : slug);
    }

    /** The id for a file below a directory: the folders between them kept, each a slug ("politics/001"). */
    public static ArticleId fromRelativePath(Path relative) {
        Objects.requireNonNull(relative, "path may not be null");
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            id.append(fromFileName(relative.getName(i).toString() + ".x").value()).append('/');
        }
        id.append(fromFileName(relative.getFileName().toString()).value());
        if (id.length() > 200) {
            throw new IllegalArgumentException("the article id made from '" + relative + "' is longer than 200 characters");
        }
        return new ArticleId(id.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
