package org.newskg.extract;

import java.util.List;
import java.util.Optional;
import org.newskg.article.Article;

/**
 * Ties an arrest count to its place: "nationwide" next to it (and "worldwide", which is no
 * place); else the first place after the
 * number and before the next count of the sentence; else the nearest place before it in the
 * sentence; "the city" is the dateline's city. A sentence without a place takes the place of a
 * count in the sentence before, else the dateline's place. Nationalities ("a citizen of India")
 * are not where arrests happened.
 */
final class CountPlacer {
    private static final int WINDOW = 15;

    ArrestCount place(Article article, Sentence s, List<Token> ts, ArrestCounter.Found f, List<ArrestCounter.Found> inSentence,
                      List<ArrestCount> earlier, List<Entity> entities) {
        String text = article.text();
        Token number = ts.get(f.numberIndex());
        Token end = ts.get(Math.min(f.endIndex(), ts.size() - 1));
        Span span = new Span(number.span().begin(), Math.max(number.span().end(), end.span().end()));
        boolean nationwide = false;
        Optional<String> place = Optional.empty();
        int next = inSentence.stream().mapToInt(ArrestCounter.Found::numberIndex).filter(i -> i > f.numberIndex())
                .min().orElse(ts.size());
        boolean worldwide = false;
        for (int i = f.numberIndex(); i < Math.min(ts.size(), f.endIndex() + 4); i++) {
            String w = MentionFinder.lower(ts.get(i).text());
            nationwide |= w.equals("nationwide") || w.equals("nationally");
            worldwide |= w.equals("worldwide") || w.equals("globally") || w.equals("internationally");
        }
        if (!nationwide && !worldwide) {
            int limit = Math.min(next, f.endIndex() + WINDOW);
            for (int i = f.numberIndex() + 1; i < Math.min(limit, ts.size()) && place.isEmpty(); i++) {
                place = placeAt(ts, i, entities);
                if (place.isEmpty() && ts.get(i).is("city") && i > 0 && ts.get(i - 1).is("the")) {
                    place = dateline(article, entities);
                }
            }
            for (int i = f.numberIndex() - 1; i >= 0 && place.isEmpty(); i--) {
                place = placeAt(ts, i, entities);
            }
            if (place.isEmpty()) {
                place = earlier.stream().filter(c -> c.sentence() == s.index() - 1 || c.sentence() == s.index())
                        .reduce((a, b) -> b).flatMap(ArrestCount::placeKey);
                nationwide = place.isEmpty() && earlier.stream().filter(c -> c.sentence() == s.index())
                        .reduce((a, b) -> b).map(ArrestCount::nationwide).orElse(false);
            }
            if (place.isEmpty() && !nationwide) {
                place = dateline(article, entities);
            }
        }
        return new ArrestCount(span, number.span(), f.count(), f.qualifier(), f.counted(), place, nationwide,
                s.index(), f.rule());
    }

    /** The place entity whose mention starts at token {@code i}, unless it names a nationality. */
    private static Optional<String> placeAt(List<Token> ts, int i, List<Entity> entities) {
        Token t = ts.get(i);
        if (i >= 2 && ts.get(i - 1).is("of") && isNationalityNoun(ts.get(i - 2))) {
            return Optional.empty();
        }
        for (Entity e : entities) {
            if (e.type() == EntityType.PLACE && e.mentions().stream().anyMatch(m -> m.span().begin() == t.span().begin())) {
                return Optional.of(e.key());
            }
        }
        return Optional.empty();
    }

    private static boolean isNationalityNoun(Token t) {
        return t.is("citizen") || t.is("citizens") || t.is("native") || t.is("natives") || t.is("national")
                || t.is("nationals");
    }

    /** The place a dateline names ("NEW YORK (Reuters) -", "New York (CNN) --"), if the body opens with one. */
    static Optional<String> dateline(Article article, List<Entity> entities) {
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
                        return Optional.of(e.key());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
