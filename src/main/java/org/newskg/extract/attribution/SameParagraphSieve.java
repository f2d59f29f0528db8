package org.newskg.extract.attribution;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.lexicon.SpeechVerbs;
import org.newskg.extract.model.Attribution;
import org.newskg.extract.model.Quote;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.Token;

/**
 * A quote with no cue of its own continues the last attributed statement of its paragraph,
 * when that statement is at most two sentences before it ("“...,” Ford said. “And we
 * will win.”").
 */
public final class SameParagraphSieve implements SpeakerSieve {
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "He", "She", "they", "They", "I", "we", "We");

    @Override
    public Optional<Attribution> attribute(Quote quote, AttributionContext cx) {
        Sentence here = cx.sentences().get(quote.sentence());
        List<Quote> earlier = cx.attributedStartingIn(0, quote.span().begin());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Quote q = earlier.get(i);
            Sentence there = cx.sentences().get(q.sentence());
            if (q.span().begin() >= quote.span().begin()) {
                continue;
            }
            if (there.paragraph() != here.paragraph() || here.index() - there.index() > 2) {
                return Optional.empty(); // every statement further back is further away: the search is local
            }
            if (q.attribution().isEmpty()) {
                continue;
            }
            Attribution a = q.attribution().get();
            String subject = ownVerbSubject(quote, cx);
            if (subject != null && !PRONOUNS.contains(subject) && !a.speaker().name().endsWith(subject)) {
                return Optional.empty();
            }
            return Optional.of(new Attribution(a.speaker(), name(), a.verb(), a.cue()));
        }
        return Optional.empty();
    }

    /**
     * The word before a speech verb right before the quote ("Lehmann, ..., said: “...”", "The poster
     * ... says “...”", "He added: “...”"), which no earlier sieve could make a speaker of; null when
     * the quote has no verb of its own. The words go on with the paragraph's last speaker only when
     * that word is a pronoun or that speaker's name ends in it ("Pickering added:").
     */
    private static String ownVerbSubject(Quote quote, AttributionContext cx) {
        SpeakerLocator loc = cx.locator();
        List<Token> tokens = loc.tokens();
        int k = loc.tokenAt(quote.span().begin()) - 1;
        while (k >= 0 && tokens.get(k).sentence() == quote.sentence() && !tokens.get(k).isWord() && !tokens.get(k).is(".")) {
            k--; // the opening quotation mark, a colon or a comma
        }
        boolean verb = k >= 1 && tokens.get(k).sentence() == quote.sentence() && SpeechVerbs.isStrongSpeechVerb(tokens.get(k).text())
                && !loc.isQuoted(k);
        return verb ? tokens.get(k - 1).text() : null;
    }

    @Override
    public String name() {
        return "same-paragraph";
    }
}
