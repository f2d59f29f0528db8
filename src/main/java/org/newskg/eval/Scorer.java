package org.newskg.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores the answers of the five competency queries for one article against its gold, with the
 * rules of {@code shared/eval/score.py}. Answers are rows of variable name to lexical value, as
 * in SPARQL CSV results.
 */
public final class Scorer {
    private static final Set<String> NATIONWIDE = Set.of("nationwide", "national", "united states", "us", "usa", "u s",
            "u s a", "united states of america", "america", "");

    /** Scores one article; {@code answers} maps a query name ("persons") to its rows, absent when the query gave none. */
    public ArticleScore score(GoldArticle gold, Map<String, List<Map<String, String>>> answers) {
        Map<Category, Tally> tallies = new EnumMap<>(Category.class);
        List<String> problems = new ArrayList<>();
        entities(Category.PERSONS, gold.persons(), rows(answers, "persons", problems), true, tallies, problems);
        entities(Category.ORGANIZATIONS, gold.organizations(), rows(answers, "organizations", problems), false, tallies, problems);
        entities(Category.PLACES, gold.places(), rows(answers, "places", problems), false, tallies, problems);
        counts(gold, rows(answers, "arrest-counts", problems), tallies, problems);
        new QuoteScorer(gold).score(rows(answers, "quotes", problems), tallies, problems);
        return new ArticleScore(gold.name(), tallies, problems);
    }

    private static List<Map<String, String>> rows(Map<String, List<Map<String, String>>> answers, String query,
                                                  List<String> problems) {
        List<Map<String, String>> rows = answers.get(query);
        if (rows == null) {
            problems.add("missing " + query + ".csv");
            return List.of();
        }
        return rows;
    }

    private static void entities(Category c, List<GoldItem> gold, List<Map<String, String>> rows, boolean person,
                                 Map<Category, Tally> tallies, List<String> problems) {
        List<GoldItem> unmatched = new ArrayList<>(gold);
        int tp = 0;
        List<String> spurious = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(r -> names.add(r.getOrDefault("name", "")));
        for (String name : names) {
            Optional<GoldItem> hit = unmatched.stream().filter(g -> NameMatching.matches(name, g, person)).findFirst();
            if (hit.isPresent()) {
                unmatched.remove(hit.get());
                tp++;
            } else {
                spurious.add(name);
            }
        }
        tallies.put(c, new Tally(tp, spurious.size(), unmatched.size()));
        if (!unmatched.isEmpty() || !spurious.isEmpty()) {
            problems.add(c.label() + ": missed " + PythonRepr.list(unmatched.stream().map(GoldItem::name).toList()) + " spurious " + PythonRepr.list(spurious));
        }
    }

    private static void counts(GoldArticle gold, List<Map<String, String>> rows, Map<Category, Tally> tallies,
                               List<String> problems) {
        List<GoldCount> unmatched = new ArrayList<>(gold.arrestCounts());
        int tp = 0;
        List<String> spurious = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map<String, String> r : rows) {
            long n;
            try {
                n = (long) Double.parseDouble(r.getOrDefault("count", "").strip());
            } catch (NumberFormatException e) {
                spurious.add(r.get("count"));
                continue;
            }
            String place = r.getOrDefault("place", "");
            if (!seen.add(n + "|" + NameMatching.norm(place))) {
                continue;
            }
            Optional<GoldCount> hit = unmatched.stream().filter(g -> g.count() == n && placeMatches(place, g, gold)).findFirst();
            if (hit.isPresent()) {
                unmatched.remove(hit.get());
                tp++;
            } else {
                spurious.add(n + "@" + place);
            }
        }
        tallies.put(Category.ARREST_COUNTS, new Tally(tp, spurious.size(), unmatched.size()));
        if (!unmatched.isEmpty() || !spurious.isEmpty()) {
            problems.add("arrest_counts: missed " + PythonRepr.list(unmatched.stream().map(GoldCount::label).toList()) + " spurious " + PythonRepr.list(spurious));
        }
    }

    static boolean placeMatches(String predicted, GoldCount count, GoldArticle gold) {
        if (count.place().isEmpty()) {
            return true;
        }
        String goldPlace = count.place().get();
        if (goldPlace.equals("nationwide")) {
            return NATIONWIDE.contains(NameMatching.norm(predicted));
        }
        GoldItem item = gold.places().stream().filter(p -> p.name().equals(goldPlace)).findFirst()
                .orElse(new GoldItem(goldPlace, List.of()));
        List<String> aliases = new ArrayList<>(item.aliases());
        aliases.addAll(count.placeAliases());
        return NameMatching.matches(predicted, new GoldItem(item.name(), aliases), false);
    }
}
