package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newskg.extract.Attribution;
import org.newskg.extract.Entity;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * Gives statements their speakers: reported speech is found with its speaker at the verb; each
 * direct quote is offered to the sieves in order until one answers, and stays unattributed when
 * none does (no speaker is invented).
 *
 * <p>Reads the text, sentences, tokens, entities and direct quotes; returns all statements,
 * direct and reported, in text order.
 */
public final class SpeakerAttributor {
    private final List<SpeakerSieve> sieves;
    private final ReportedSpeechFinder reported = new ReportedSpeechFinder();

    public SpeakerAttributor(List<SpeakerSieve> sieves) {
        this.sieves = List.copyOf(sieves);
        if (this.sieves.isEmpty()) {
            throw new IllegalArgumentException("at least one sieve is needed");
        }
    }

    /** The standard sieves, in order: trailing cue, leading cue, same paragraph. */
    public static SpeakerAttributor standard() {
        return new SpeakerAttributor(List.of(new TrailingCueSieve(), new LeadingCueSieve(), new SameParagraphSieve()));
    }

    public List<Quote> attribute(String text, List<Sentence> sentences, List<Token> tokens, List<Entity> entities,
                                 List<Quote> direct) {
        SpeakerLocator locator = new SpeakerLocator(tokens, entities);
        List<Quote> done = new ArrayList<>(reported.find(text, sentences, locator, direct));
        List<Quote> sorted = new ArrayList<>(direct);
        sorted.sort(Comparator.comparing(Quote::span));
        for (Quote q : sorted) {
            List<Quote> before = new ArrayList<>(done);
            before.sort(Comparator.comparing(Quote::span));
            AttributionContext cx = new AttributionContext(text, sentences, locator, before);
            Optional<Attribution> a = Optional.empty();
            for (SpeakerSieve sieve : sieves) {
                a = sieve.attribute(q, cx);
                if (a.isPresent()) {
                    break;
                }
            }
            done.add(a.map(q::attributed).orElse(q));
        }
        done.sort(Comparator.comparing(Quote::span));
        return List.copyOf(done);
    }
}
