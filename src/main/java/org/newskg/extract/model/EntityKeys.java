package org.newskg.extract.model;

import java.text.Normalizer;
import java.util.Locale;

/** Entity keys: the type and a normalized name, the same in every article that names the thing. */
public final class EntityKeys {
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_HYPHENS = java.util.regex.Pattern.compile("^-+|-+$");
    private EntityKeys() {
    }

    /** Lower-case ASCII words joined by hyphens: "Immigration & Customs Enforcement" → "immigration-customs-enforcement". */
    public static String slug(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        slug = EDGE_HYPHENS.matcher(NON_ALNUM.matcher(slug).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "x" : slug;
    }

    public static String person(String name) {
        return "person/" + slug(name);
    }

    public static String organization(String name) {
        return "organization/" + slug(name);
    }

    public static String group(String description) {
        return "group/" + slug(description);
    }
}
