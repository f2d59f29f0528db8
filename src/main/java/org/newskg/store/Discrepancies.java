package org.newskg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Prefixes;
import org.newskg.rdf.Vocab;

/**
 * The discrepancies between reported arrest figures that a dataset derives from its article
 * graphs, each an {@code nkg:Discrepancy} that {@code nkg:involves} the counts that disagree:
 * <ul>
 * <li>{@value #FIGURES_DIFFER}: one article gives two figures for one scope (a place, or the
 * nation with figures tied to no place) within a tenth of each other but not equal, both at
 * least {@value #MIN_FIGURE}: "500 total" in the headline, "arresting 498 people" in a quote;</li>
 * <li>{@value #PARTS_EXCEED_TOTAL}: one article's figures for places add up to more than its
 * nationwide total (each place counted once, at its largest figure);</li>
 * <li>{@value #ACROSS_ARTICLES}: two articles published at most {@value #DAYS_APART} days apart
 * give figures for one place with no figure in common.</li>
 * </ul>
 * A discrepancy says the figures need checking, not which one is wrong. The graph is rebuilt
 * whole from the article graphs, so it does not depend on the order they came in.
 */
public final class Discrepancies {
    /** The derived graph's name; never an article's graph name. */
    public static final String GRAPH = Iris.DERIVED + "discrepancies";
    public static final String FIGURES_DIFFER = "figures differ";
    public static final String PARTS_EXCEED_TOTAL = "parts exceed total";
    public static final String ACROSS_ARTICLES = "across articles";
    static final int MIN_FIGURE = 10;
    static final int DAYS_APART = 3;
    static final String QUERY = "count-facts.rq";

    private Discrepancies() {
    }

    /** One arrest count as the article graphs give it; {@code place} is "" for none. */
    record CountFact(String iri, String article, long count, String place, boolean nationwide, Optional<LocalDate> date,
                     int begin) {
        /** Tied to no place: the article's own scope, which a nationwide total shares. */
        boolean unplaced() {
            return place.isEmpty();
        }
    }

    /** One discrepancy: its kind, the counts, and a line for the reader. */
    record Found(String kind, List<CountFact> counts, String description) {
    }

    /** The graph of discrepancies that these rows of count-facts.rq give. */
    static Model graph(List<Map<String, String>> rows) {
        return model(find(facts(rows)));
    }

    private static List<CountFact> facts(List<Map<String, String>> rows) {
        List<CountFact> facts = new ArrayList<>();
        for (Map<String, String> row : rows) {
            Optional<LocalDate> date = row.get("date").isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(row.get("date")));
            facts.add(new CountFact(row.get("c"), row.get("article"), Long.parseLong(row.get("count")), row.get("place"),
                    row.get("nationwide").equals("true"), date, Integer.parseInt(row.get("begin"))));
        }
        return facts;
    }

    /** Every discrepancy among the counts, in a fixed order whatever the order of the counts. */
    static List<Found> find(List<CountFact> facts) {
        Map<String, List<CountFact>> byArticle = facts.stream().sorted((a, b) -> a.iri().compareTo(b.iri()))
                .collect(Collectors.groupingBy(CountFact::article, TreeMap::new, Collectors.toList()));
        List<Found> found = new ArrayList<>();
        for (List<CountFact> article : byArticle.values()) {
            found.addAll(figuresDiffer(article));
            partsExceedTotal(article).ifPresent(found::add);
        }
        found.addAll(acrossArticles(byArticle));
        return found;
    }

    private static List<Found> figuresDiffer(List<CountFact> article) {
        Map<String, List<CountFact>> pairs = new TreeMap<>();
        for (CountFact a : article) {
            for (CountFact b : article) {
                if (a.count() < b.count() && sameScope(a, b) && close(a.count(), b.count())) {
                    String key = scope(a, b) + " " + a.count() + " " + b.count();
                    List<CountFact> members = pairs.computeIfAbsent(key, k -> new ArrayList<>());
                    for (CountFact c : article) {
                        if ((c.count() == a.count() || c.count() == b.count()) && sameScope(c, a) && sameScope(c, b)
                                && !members.contains(c)) {
                            members.add(c);
                        }
                    }
                }
            }
        }
        List<Found> found = new ArrayList<>();
        for (List<CountFact> members : pairs.values()) {
            long low = members.stream().mapToLong(CountFact::count).min().orElseThrow();
            long high = members.stream().mapToLong(CountFact::count).max().orElseThrow();
            found.add(new Found(FIGURES_DIFFER, members, high + " vs " + low + " in one article"));
        }
        return found;
    }

    private static boolean sameScope(CountFact a, CountFact b) {
        if (a.unplaced() || b.unplaced()) {
            return (a.unplaced() || a.nationwide()) && (b.unplaced() || b.nationwide());
        }
        return a.place().equals(b.place());
    }

    private static String scope(CountFact a, CountFact b) {
        return a.unplaced() ? b.place() : a.place();
    }

    private static boolean close(long low, long high) {
        return low >= MIN_FIGURE && (high - low) * 10 <= high;
    }

    private static Optional<Found> partsExceedTotal(List<CountFact> article) {
        List<CountFact> totals = article.stream().filter(CountFact::nationwide).toList();
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        long total = totals.stream().mapToLong(CountFact::count).max().orElseThrow();
        Map<String, CountFact> largestByPlace = new TreeMap<>();
        for (CountFact c : article) {
            if (!c.unplaced() && !c.nationwide()) {
                largestByPlace.merge(c.place(), c, (x, y) -> y.count() > x.count() ? y : x);
            }
        }
        long sum = largestByPlace.values().stream().mapToLong(CountFact::count).sum();
        if (largestByPlace.size() < 2 || sum <= total) {
            return Optional.empty();
        }
        List<CountFact> members = new ArrayList<>(totals.stream().filter(c -> c.count() == total).toList());
        members.addAll(largestByPlace.values());
        return Optional.of(new Found(PARTS_EXCEED_TOTAL, members,
                "figures for " + largestByPlace.size() + " places add up to " + sum + ", more than the total of " + total));
    }

    private static List<Found> acrossArticles(Map<String, List<CountFact>> byArticle) {
        Map<String, Map<String, List<CountFact>>> byPlace = new TreeMap<>();
        for (var e : byArticle.entrySet()) {
            for (CountFact c : e.getValue()) {
                if (!c.unplaced() && c.date().isPresent()) {
                    byPlace.computeIfAbsent(c.place(), k -> new TreeMap<>()).computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<Found> found = new ArrayList<>();
        for (Map<String, List<CountFact>> articles : byPlace.values()) {
            List<List<CountFact>> each = new ArrayList<>(articles.values());
            for (int i = 0; i < each.size(); i++) {
                for (int j = i + 1; j < each.size(); j++) {
                    List<CountFact> a = each.get(i);
                    List<CountFact> b = each.get(j);
                    long days = Math.abs(ChronoUnit.DAYS.between(a.get(0).date().orElseThrow(), b.get(0).date().orElseThrow()));
                    SortedSet<Long> inA = figures(a);
                    SortedSet<Long> inB = figures(b);
                    if (days <= DAYS_APART && inA.stream().noneMatch(inB::contains)) {
                        List<CountFact> members = new ArrayList<>(a);
                        members.addAll(b);
                        found.add(new Found(ACROSS_ARTICLES, members, join(inA) + " vs " + join(inB) + " in articles "
                                + days + " day" + (days == 1 ? "" : "s") + " apart"));
                    }
                }
            }
        }
        return found;
    }

    private static SortedSet<Long> figures(List<CountFact> counts) {
        return counts.stream().map(CountFact::count).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String join(SortedSet<Long> figures) {
        return figures.stream().map(String::valueOf).collect(Collectors.joining(" and "));
    }

    private static Model model(List<Found> found) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.set(m);
        for (Found f : found) {
            List<String> iris = f.counts().stream().map(CountFact::iri).sorted().toList();
            Resource d = m.createResource(Iris.ID + "discrepancy/" + digest(f.kind() + "\n" + String.join("\n", iris)), Vocab.Discrepancy)
                    .addProperty(Vocab.discrepancyKind, f.kind())
                    .addProperty(Vocab.description, f.description(), "en");
            iris.forEach(c -> d.addProperty(Vocab.involves, m.createResource(c)));
        }
        return m;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
