package org.newskg.extract.attribution;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.lexicon.SpeechVerbs;
import org.newskg.extract.model.Attribution;
import org.newskg.extract.model.Quote;
import org.newskg.extract.model.QuoteKind;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.Token;

/**
 * A quote that opens its paragraph with no cue of its own: when the paragraph before ends in a
 * colon after a speech verb ("Mr Smith said:"), that verb's subject speaks it; otherwise the
 * speaker of the last statement of the paragraph before, quoted or reported, goes on ("“...,”
 * said Ann Lee. ¶ “And another thing.”", "Ann Lee said the plan had failed. ¶ “We warned
 * them.”").
 */
public final class PreviousParagraphSieve implements SpeakerSieve {
    @Override
    public Optional<Attribution> attribute(Quote quote, AttributionContext cx) {
        Sentence here = cx.sentences().get(quote.sentence());
        if (here.index() == 0 || quote.span().begin() - here.span().begin() > 1) {
            return Optional.empty();
        }
        Sentence before = cx.sentences().get(here.index() - 1);
        if (before.paragraph() != here.paragraph() - 1 || hasCueOfItsOwn(here, cx)) {
            return Optional.empty();
        }
        Optional<Attribution> colon = colonIntroduction(before, cx);
        if (colon.isPresent()) {
            return colon;
        }
        int first = before.index();
        while (first > 0 && cx.sentences().get(first - 1).paragraph() == before.paragraph()) {
            first--;
        }
        List<Quote> inBefore = cx.attributedStartingIn(cx.sentences().get(first).span().begin(), before.span().end()).stream()
                .filter(q -> cx.sentences().get(q.sentence()).paragraph() == before.paragraph())
                .toList();
        if (inBefore.isEmpty() || inBefore.get(inBefore.size() - 1).attribution().isEmpty()) {
            return Optional.empty();
        }
        Attribution a = inBefore.get(inBefore.size() - 1).attribution().get();
        return Optional.of(new Attribution(a.speaker(), name(), a.verb(), a.cue()));
    }

    /**
     * Whether the quote's sentence says outside the quote that someone else speaks ("“...,”
     * according to one witness", "“...,” a spokesman said"): then the quote has a speaker of its
     * own, named or not, and the paragraph before does not go on. "he said" is no such cue.
     */
    private static boolean hasCueOfItsOwn(Sentence here, AttributionContext cx) {
        SpeakerLocator loc = cx.locator();
        List<Token> tokens = loc.tokens();
        for (int i = loc.tokenAt(here.span().begin()); i < tokens.size() && tokens.get(i).sentence() == here.index(); i++) {
            Token t = tokens.get(i);
            if (!loc.isQuoted(i) && (t.isIgnoreCase("according") || SpeechVerbs.isSpeechVerb(t.text()) && !nextToPronoun(tokens, i))) {
                return true;
            }
        }
        return false;
    }

    /** "he said", "said she": a pronoun that the trailing cue could not resolve means the speaker before. */
    private static boolean nextToPronoun(List<Token> tokens, int verb) {
        return verb > 0 && SpeakerLocator.isPersonalPronoun(tokens.get(verb - 1))
                || verb + 1 < tokens.size() && SpeakerLocator.isPersonalPronoun(tokens.get(verb + 1));
    }

    private Optional<Attribution> colonIntroduction(Sentence before, AttributionContext cx) {
        if (!before.span().of(cx.text()).stripTrailing().endsWith(":")) {
            return Optional.empty();
        }
        SpeakerLocator loc = cx.locator();
        List<Token> tokens = loc.tokens();
        int last = loc.tokenAt(before.span().end() - 1);
        for (int v = last; v >= 0 && tokens.get(v).sentence() == before.index(); v--) {
            if (SpeechVerbs.isSpeechVerb(tokens.get(v).text())) {
                final int verb = v;
                Optional<SpeakerLocator.Located> who = loc.before(verb);
                String word = tokens.get(v).text();
                return who.map(w -> new Attribution(w.speaker(cx.text(), tokens), name(), word, w.span(tokens)));
            }
        }
        return Optional.empty();
    }

    @Override
    public String name() {
        return "previous-paragraph";
    }
}
