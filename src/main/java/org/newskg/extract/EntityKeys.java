package org.newskg.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Entity keys: the type and a normalized name, the same in every article that names the thing. */
public final class EntityKeys {
    private EntityKeys() {
    }

    /** Lower-case ASCII words joined by hyphens: "Immigration & Customs Enforcement" → "immigration-customs-enforcement". */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
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
