package org.newskg.extract.count;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newskg.article.Article;
import org.newskg.extract.model.ArrestCount;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.model.PlaceKind;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.Span;
import org.newskg.extract.text.Token;
import org.newskg.extract.text.Words;

/**
 * Ties an arrest count to its place: "nationwide" next to it (and "worldwide", which is no
 * place); else the first place after the number and before the next count of the sentence;
 * else the nearest place before it in the sentence; "the city" is the city the article has
 * named most so far. A sentence without a place takes the place of a count just before it, or
 * the first place of the sentence before when that one speaks of arrests; else where the story
 * happens, the first place of its headline or lead. Nationalities ("a
 * citizen of India") and the dateline ("WASHINGTON (Reuters) -", where the story was filed)
 * are not where arrests happened.
 */
final class CountPlacer {
    private static final int WINDOW = 15;
    private static final java.util.Set<String> NATIONALITY_NOUNS = java.util.Set.of("citizen", "citizens", "native", "natives",
            "national", "nationals");
    private static final java.util.Set<String> PLACE_PLURALS = java.util.Set.of("cities", "towns", "states", "countries",
            "counties", "provinces", "regions", "municipalities", "jurisdictions", "communities", "villages");
    private static final Pattern ARREST_WORDS = Pattern.compile(
            "\\b(arrest\\w*|detain\\w*|custody|apprehend\\w*|held)\\b", Pattern.CASE_INSENSITIVE);

    private final Article article;
    private final List<Sentence> sentences;
    private final List<Entity> entities;
    private final Optional<Span> dateline;
    private Optional<String> eventPlace;

    CountPlacer(Article article, List<Sentence> sentences, List<Entity> entities) {
        this.article = article;
        this.sentences = sentences;
        this.entities = entities;
        this.dateline = datelineMention(article, entities).map(EntityMention::span);
    }

    /**
     * Where the story happens: the first city its headline or lead sentence names, else their
     * first place; never the dateline, which says only where the story was filed, nor a
     * nationality ("citizens of Mexico"). Only a story about one place has one: that place must
     * have at least half of the article's place mentions.
     */
    private Optional<String> eventPlace() {
        Optional<String> first = firstNamedPlace();
        if (first.isEmpty()) {
            return first;
        }
        long all = 0;
        long mine = 0;
        for (Entity e : entities) {
            if (e.type() == EntityType.PLACE) {
                long n = e.mentions().stream().filter(m -> dateline.filter(d -> d.equals(m.span())).isEmpty()).count();
                all += n;
                mine += e.key().equals(first.get()) ? n : 0;
            }
        }
        return 2 * mine >= all ? first : Optional.empty();
    }

    private Optional<String> firstNamedPlace() {
        Span headline = new Span(0, article.headline().length());
        Optional<Span> lead = sentences.stream().map(Sentence::span).filter(s -> s.begin() >= article.bodyOffset()).findFirst();
        for (boolean cityOnly : new boolean[] {true, false}) {
            for (Optional<Span> part : List.of(Optional.of(headline), lead)) {
                Optional<String> place = part.flatMap(p -> firstPlaceIn(p, cityOnly));
                if (place.isPresent()) {
                    return place;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> firstPlaceIn(Span part, boolean cityOnly) {
        return entities.stream().filter(e -> e.type() == EntityType.PLACE)
                .filter(e -> !cityOnly || e.place().orElseThrow().kind() == PlaceKind.CITY)
                .flatMap(e -> e.mentions().stream().filter(m -> part.contains(m.span())
                        && dateline.filter(d -> d.equals(m.span())).isEmpty() && !afterNationalityNoun(m.span()))
                        .map(m -> Map.entry(m.span(), e.key())))
                .min(Map.Entry.comparingByKey()).map(Map.Entry::getValue);
    }

    /** "citizens of Mexico": the words before the mention are a nationality noun and "of". */
    private boolean afterNationalityNoun(Span mention) {
        String before = article.text().substring(Math.max(0, mention.begin() - 30), mention.begin()).strip();
        String[] words = before.split("\\s+");
        return words.length >= 2 && words[words.length - 1].equals("of")
                && NATIONALITY_NOUNS.contains(Words.lower(words[words.length - 2]));
    }

    ArrestCount place(Sentence s, List<Token> ts, FoundCount f, List<FoundCount> inSentence,
                      List<ArrestCount> earlier) {
        Token number = ts.get(f.numberIndex());
        Token end = ts.get(Math.min(f.endIndex(), ts.size() - 1));
        Span span = new Span(number.span().begin(), Math.max(number.span().end(), end.span().end()));
        boolean nationwide = false;
        boolean worldwide = false;
        for (int i = f.numberIndex(); i < Math.min(ts.size(), f.endIndex() + 4); i++) {
            String w = Words.lower(ts.get(i).text());
            nationwide |= w.equals("nationwide") || w.equals("nationally");
            worldwide |= w.equals("worldwide") || w.equals("globally") || w.equals("internationally");
        }
        Optional<String> place = Optional.empty();
        if (!nationwide && !worldwide) {
            int next = inSentence.stream().mapToInt(FoundCount::numberIndex).filter(i -> i > f.numberIndex())
                    .min().orElse(ts.size());
            int limit = Math.min(next, f.endIndex() + WINDOW);
            for (int i = f.numberIndex() + 1; i < Math.min(limit, ts.size()) && place.isEmpty(); i++) {
                place = placeAt(ts, i);
                if (place.isEmpty() && ts.get(i).is("city") && ts.get(i - 1).is("the")) {
                    place = mostNamedCityBefore(ts.get(i).span().begin());
                }
            }
            for (int i = f.numberIndex() - 1; i >= 0 && place.isEmpty(); i--) {
                place = placeAt(ts, i);
            }
            if (place.isEmpty()) {
                Optional<ArrestCount> before = earlier.stream()
                        .filter(c -> c.sentence() == s.index() - 1 || c.sentence() == s.index()).reduce((a, b) -> b);
                place = before.flatMap(ArrestCount::placeKey);
                nationwide = before.filter(c -> c.sentence() == s.index()).map(ArrestCount::nationwide).orElse(false);
            }
            if (place.isEmpty() && !nationwide && s.index() > 0) {
                place = firstPlaceOfArrestSentence(sentences.get(s.index() - 1));
            }
            if (place.isEmpty() && !nationwide && !manyPlaces(ts, f)) {
                if (eventPlace == null) {
                    eventPlace = eventPlace();
                }
                place = eventPlace;
            }
        }
        return new ArrestCount(span, number.span(), f.count(), f.qualifier(), f.counted(), place, nationwide,
                s.index(), f.rule());
    }

    /** "in cities across the country", "in 12 states": the count is spread over places the story does not name. */
    private static boolean manyPlaces(List<Token> ts, FoundCount f) {
        for (int i = f.numberIndex(); i < Math.min(ts.size(), f.endIndex() + WINDOW); i++) {
            if (PLACE_PLURALS.contains(Words.lower(ts.get(i).text()))) {
                return true;
            }
        }
        return false;
    }

    /** The place entity whose mention starts at token {@code i}, unless it names a nationality or is the dateline. */
    private Optional<String> placeAt(List<Token> ts, int i) {
        Token t = ts.get(i);
        if (i >= 2 && ts.get(i - 1).is("of") && isNationalityNoun(ts.get(i - 2))
                || dateline.filter(d -> d.begin() == t.span().begin()).isPresent()) {
            return Optional.empty();
        }
        for (Entity e : entities) {
            if (e.type() == EntityType.PLACE && e.mentions().stream().anyMatch(m -> m.span().begin() == t.span().begin())) {
                return Optional.of(e.key());
            }
        }
        return Optional.empty();
    }

    private Optional<String> firstPlaceOfArrestSentence(Sentence previous) {
        if (!ARREST_WORDS.matcher(previous.span().of(article.text())).find()) {
            return Optional.empty();
        }
        return entities.stream().filter(e -> e.type() == EntityType.PLACE)
                .flatMap(e -> e.mentions().stream().filter(m -> previous.span().contains(m.span())
                        && dateline.filter(d -> d.equals(m.span())).isEmpty()).map(m -> Map.entry(m.span(), e.key())))
                .min(Map.Entry.comparingByKey()).map(Map.Entry::getValue);
    }

    /** "around the city": the city named most often before this point (the latest of equals). */
    private Optional<String> mostNamedCityBefore(int offset) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> last = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PLACE && e.place().orElseThrow().kind() == PlaceKind.CITY) {
                for (EntityMention m : e.mentions()) {
                    if (m.span().begin() < offset) {
                        counts.merge(e.key(), 1, Integer::sum);
                        last.merge(e.key(), m.span().begin(), Math::max);
                    }
                }
            }
        }
        return counts.keySet().stream()
                .max(Comparator.comparing((String k) -> counts.get(k)).thenComparing(last::get));
    }

    private static boolean isNationalityNoun(Token t) {
        return NATIONALITY_NOUNS.contains(t.text());
    }

    /** The mention a dateline names ("NEW YORK (Reuters) -", "New York (CNN) --"), if the body opens with one. */
    static Optional<EntityMention> datelineMention(Article article, List<Entity> entities) {
        int body = article.bodyOffset();
        String text = article.text();
        for (Entity e : entities) {
            if (e.type() != EntityType.PLACE) {
                continue;
            }
            for (EntityMention m : e.mentions()) {
                if (m.span().begin() >= body && m.span().begin() <= body + 2) {
                    String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 40));
                    if (after.matches("(?s)\\s*(,[^\\n]{0,30})?\\s*(\\([^)]{1,30}\\)\\s*)?(--|-|\u2014|\u2013).*")) {
                        return Optional.of(m);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The key of the place the dateline names, if any. */
    static Optional<String> dateline(Article article, List<Entity> entities) {
        Optional<EntityMention> m = datelineMention(article, entities);
        return m.flatMap(d -> entities.stream().filter(e -> e.mentions().contains(d)).map(Entity::key).findFirst());
    }
}
