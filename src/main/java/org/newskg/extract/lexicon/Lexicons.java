package org.newskg.extract.lexicon;

import java.util.Objects;

/**
 * The gazetteers and name lists read from the classpath (their sources are in NOTICE), loaded
 * once and shared by every stage that needs them. The fixed word lists ({@link EntityWords},
 * {@link SpeechVerbs}, {@link NumberWords}, {@link CommonWords}) are constants beside them.
 *
 * @param places        cities, subdivisions, countries and regions with their public ids
 * @param organizations organizations with their public ids
 * @param names         given names, with the gender of the lists they come from
 */
public record Lexicons(PlaceGazetteer places, OrganizationGazetteer organizations, NameLexicon names) {
    public Lexicons {
        Objects.requireNonNull(places, "places may not be null");
        Objects.requireNonNull(organizations, "organizations may not be null");
        Objects.requireNonNull(names, "names may not be null");
    }

    /** Every lexicon, from the classpath. */
    public static Lexicons load() {
        return new Lexicons(PlaceGazetteer.load(), OrganizationGazetteer.load(), NameLexicon.load());
    }
}
