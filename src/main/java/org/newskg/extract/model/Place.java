package org.newskg.extract.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A gazetteer place.
 *
 * @param name       canonical English name
 * @param kind       city, state (first-level division), country or region
 * @param geonamesId GeoNames id, when the gazetteer has one
 * @param wikidataId Wikidata id ("Q145"), when the gazetteer has one
 * @param isoCode    ISO 3166-1 alpha-2 (countries) or ISO 3166-2 (divisions) code, when known
 * @param country    the name of the country it lies in, when known (a country: its own name)
 */
public record Place(String name, PlaceKind kind, Optional<String> geonamesId, Optional<String> wikidataId,
                    Optional<String> isoCode, Optional<String> country) {
    public Place {
        Objects.requireNonNull(name, "name may not be null");
        Objects.requireNonNull(kind, "kind may not be null");
        Objects.requireNonNull(geonamesId, "geonamesId may not be null");
        Objects.requireNonNull(wikidataId, "wikidataId may not be null");
        Objects.requireNonNull(isoCode, "isoCode may not be null");
        Objects.requireNonNull(country, "country may not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("place name may not be blank");
        }
    }

    /** A place known by name only: no identifiers, no country. */
    public static Place named(String name, PlaceKind kind) {
        return new Place(name, kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The key of the country it lies in, when known and not itself. */
    public Optional<String> countryKey() {
        return kind == PlaceKind.COUNTRY ? Optional.empty() : country.map(c -> "place/country/" + EntityKeys.slug(c));
    }

    /** The key that identifies this place across articles: kind and name. */
    public String key() {
        return "place/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + EntityKeys.slug(name);
    }
}
