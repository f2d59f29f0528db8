package org.newskg.extract.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.model.Place;
import org.newskg.extract.model.PlaceKind;

/**
 * Places by the names news copy uses for them: GeoNames cities of 15,000+ inhabitants,
 * countries and first-level divisions (with their GeoNames and, where known, Wikidata ids), world regions, and common aliases ("NY", "Philly", "U.S.").
 * When a name is both a division and a city, the alias table decides, else a city of a million
 * or more wins over a state or province ("Georgia" is a state before a city), a city wins over
 * a county or district ("Leeds"), and a country wins over both.
 */
public final class PlaceGazetteer {
    /** USPS codes that are also English words or common abbreviations, never read as states. */
    private static final Set<String> AMBIGUOUS_STATE_CODES = Set.of(
            "IN", "OR", "ME", "OK", "HI", "OH", "DE", "PA", "LA", "AL", "CO", "ID", "MD", "AS", "GU", "MP",
            "UM", "VI", "MO", "MS", "NE", "SC", "CT", "GA", "WA", "VA", "NC", "MT", "AR", "UT");

    /** Countries whose first-level divisions are states or provinces, named before a city of the same name. */
    private static final Set<String> STATE_COUNTRIES = Set.of("US", "CA", "AU", "IN", "MX", "NG");

    private final Map<String, Place> byName = new HashMap<>();
    private final Map<String, Place> divisionsByName = new HashMap<>();
    private final java.util.TreeSet<String> largePlaceNames = new java.util.TreeSet<>();
    private static final java.util.List<String> DEMONYM_SUFFIXES = java.util.List.of(
            "ians", "ian", "ans", "an", "ese", "ish", "is", "i", "ic", "ean", "ern", "ers", "er");

    private PlaceGazetteer() {
    }

    /** Loads the gazetteer resources from the classpath. */
    public static PlaceGazetteer load() {
        PlaceGazetteer g = new PlaceGazetteer();
        Map<String, String> newsNames = new HashMap<>();
        ResourceLib.rows("news-names.tsv").forEach(r -> newsNames.put(r[0] + "\t" + r[1], r[2]));
        Map<String, String> countryNames = new HashMap<>();
        ResourceLib.rows("countries.tsv").forEach(r -> countryNames.put(r[0],
                newsNames.getOrDefault("country\t" + r[1], r[1])));
        Map<String, Place> cities = new HashMap<>();
        for (String[] r : ResourceLib.rows("cities.tsv")) {
            Place p = new Place(newsNames.getOrDefault("city\t" + r[0], r[0]), PlaceKind.CITY, Optional.of(r[1]), Optional.empty(), Optional.empty(),
                    Optional.ofNullable(countryNames.get(r[2])));
            cities.put(r[0], p);
            long population = Long.parseLong(r[4]);
            if (population >= 1_000_000) {
                g.byName.put(r[0], p);
            }
        }
        Map<String, Place> divisions = new HashMap<>();
        for (String[] r : ResourceLib.rows("subdivisions.tsv")) {
            String country = r[0].substring(0, 2);
            PlaceKind kind = country.equals("GB") || country.equals("IE") ? PlaceKind.REGION : PlaceKind.STATE;
            Place p = new Place(r[1], kind, cell(r, 2), cell(r, 3), Optional.of(r[0]),
                    Optional.ofNullable(countryNames.get(country)));
            divisions.put(r[1], p);
            g.divisionsByName.putIfAbsent(r[1], p);
            boolean cityWins = kind == PlaceKind.REGION || !STATE_COUNTRIES.contains(country);
            if (!(cityWins && cities.containsKey(r[1]))) {
                g.byName.putIfAbsent(r[1], p);
            }
            String code = r[0].substring(3);
            if (country.equals("US") && code.length() == 2 && !AMBIGUOUS_STATE_CODES.contains(code)) {
                g.byName.putIfAbsent(code, p);
            }
        }
        cities.forEach(g.byName::putIfAbsent);
        Map<String, Place> countries = new HashMap<>();
        for (String[] r : ResourceLib.rows("countries.tsv")) {
            String name = countryNames.get(r[0]);
            Place p = new Place(name, PlaceKind.COUNTRY, cell(r, 2), cell(r, 3), Optional.of(r[0]), Optional.of(name));
            countries.put(r[1], p);
            g.byName.put(r[1], p);
            g.byName.put(name, p);
        }
        Map<String, Place> regions = new HashMap<>();
        for (String[] r : ResourceLib.rows("regions.tsv")) {
            Place p = Place.named(r[0], PlaceKind.REGION);
            regions.put(r[0], p);
            g.byName.put(r[0], p);
        }
        for (Place p : g.byName.values()) {
            if (p.kind() != PlaceKind.CITY) {
                g.largePlaceNames.add(p.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (String[] r : ResourceLib.rows("place-aliases.tsv")) {
            Map<String, Place> table = switch (r[2]) {
                case "country" -> countries;
                case "state" -> divisions;
                case "city" -> cities;
                case "region" -> regions;
                default -> throw new IllegalStateException("place-aliases.tsv: unknown kind " + r[2]);
            };
            Place p = table.get(r[1]);
            if (p == null) {
                throw new IllegalStateException("place-aliases.tsv: no " + r[2] + " named " + r[1]);
            }
            g.byName.put(r[0], p);
        }
        return g;
    }

    /** A row's optional cell: empty when the row is short or the cell blank (a source with no id for it). */
    private static Optional<String> cell(String[] row, int i) {
        return i < row.length && !row[i].isBlank() ? Optional.of(row[i]) : Optional.empty();
    }

    /** The place a name stands for, matched exactly (case matters: "US" is a place, "us" is not). */
    public Optional<Place> find(String name) {
        Place p = byName.get(name);
        return Optional.ofNullable(p != null ? p : byName.get("The " + name));
    }

    /** The state or first-level division of this name ("New York" the state, not the city). */
    public Optional<Place> findDivision(String name) {
        return Optional.ofNullable(divisionsByName.get(name));
    }

    /**
     * Whether a word names the people or things of a country, division or region ("Haitian",
     * "British", "Chinese", "Caribbean"): it is such a place's name with a demonym ending.
     */
    public boolean isDemonym(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String suffix : DEMONYM_SUFFIXES) {
            if (w.length() - suffix.length() >= 4 && w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                String next = largePlaceNames.ceiling(stem);
                if (next != null && next.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a word of four letters or more begins the name of a country, division or region
     * ("Scot" of Scotland, "Czech" of the Czech Republic): a word for its people.
     */
    public boolean beginsAPlaceName(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.length() < 4) {
            return false;
        }
        String next = largePlaceNames.ceiling(w);
        return next != null && next.startsWith(w);
    }

    public int size() {
        return byName.size();
    }
}
