package org.newskg.extract.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.article.Article;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.model.IndividualArrest;
import org.newskg.extract.model.PlaceKind;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.Span;

/**
 * Finds arrested people the text describes without naming: "a citizen of Mexico ... was
 * arrested", "one in Boston of a citizen of India". The sentence, or the one before it in the
 * same paragraph, must speak of arrests. The country is the nationality; another place in the
 * sentence is where the arrest was.
 *
 * <p>Reads the article, sentences and entities; returns the arrests in text order.
 */
final class IndividualArrestFinder {
    private static final Pattern CITIZEN = Pattern.compile(
            "\\b(?:an?|one) (?:citizen|national|native) of (\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,3})");
    private static final Pattern ARREST = Pattern.compile("\\b(?:arrest\\w*|detain\\w*|apprehend\\w*|custody)\\b");

    List<IndividualArrest> find(Article article, List<Sentence> sentences, List<Entity> entities) {
        String text = article.text();
        List<IndividualArrest> out = new ArrayList<>();
        for (Sentence s : sentences) {
            String sentence = s.span().of(text);
            Matcher m = CITIZEN.matcher(sentence);
            if (!m.find()) {
                continue;
            }
            boolean aboutArrests = ARREST.matcher(sentence).find() || s.index() > 0
                    && sentences.get(s.index() - 1).paragraph() + 1 >= s.paragraph()
                    && ARREST.matcher(sentences.get(s.index() - 1).span().of(text)).find();
            if (!aboutArrests) {
                continue;
            }
            int countryBegin = s.span().begin() + m.start(1);
            Optional<Entity> country = placeAt(entities, countryBegin, s.span(), true);
            Optional<Entity> place = entities.stream()
                    .filter(e -> e.type() == EntityType.PLACE && country.map(c -> !c.key().equals(e.key())).orElse(true))
                    .filter(e -> e.place().orElseThrow().kind() != PlaceKind.COUNTRY)
                    .filter(e -> e.mentions().stream().anyMatch(x -> s.span().contains(x.span())))
                    .findFirst();
            int begin = s.span().begin() + m.start();
            int end = clauseEnd(text, begin, s.span().end());
            Span span = new Span(begin, end);
            out.add(new IndividualArrest(span, span.of(text), country.map(Entity::key), place.map(Entity::key), s.index()));
        }
        return List.copyOf(out);
    }

    private static Optional<Entity> placeAt(List<Entity> entities, int begin, Span sentence, boolean country) {
        return entities.stream().filter(e -> e.type() == EntityType.PLACE)
                .filter(e -> e.mentions().stream().anyMatch(x -> x.span().begin() == begin))
                .findFirst();
    }

    private static int clauseEnd(String text, int begin, int sentenceEnd) {
        int end = sentenceEnd;
        while (end > begin && ".\"\u201D".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
