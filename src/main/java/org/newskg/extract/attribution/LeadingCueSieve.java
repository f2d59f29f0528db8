package org.newskg.extract.attribution;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.lexicon.SpeechVerbs;
import org.newskg.extract.model.Attribution;
import org.newskg.extract.model.Quote;
import org.newskg.extract.model.Speaker.SpeakerType;
import org.newskg.extract.text.Span;
import org.newskg.extract.text.Token;

/**
 * A speech verb earlier in the quote's sentence: "Ann Ford, a deputy mayor, vowed, “...”",
 * "Ford insisted that “we must act now”", "he asserted that some demonstrators had “...”",
 * "Ford called the plan “a disgrace”" (a framing verb, for a quote that is no title-case name).
 * A named subject is preferred to a pronoun; a participle ("adding that") takes the speaker of
 * the sentence's earlier statement.
 */
public final class LeadingCueSieve implements SpeakerSieve {
    @Override
    public Optional<Attribution> attribute(Quote quote, AttributionContext cx) {
        SpeakerLocator loc = cx.locator();
        List<Token> tokens = loc.tokens();
        int q = loc.tokenAt(quote.span().begin());
        Optional<Attribution> agent = agentBeforeColon(quote, cx, q);
        if (agent.isPresent()) {
            return agent;
        }
        Attribution fallback = null;
        for (int v = q - 1; v >= 0 && tokens.get(v).sentence() == quote.sentence(); v--) {
            Token t = tokens.get(v);
            boolean cue = SpeechVerbs.isSpeechVerb(t.text()) || SpeechVerbs.isFramingVerb(t.text()) && !isTitleCase(quote.text());
            if (!cue || insideQuote(cx, t) || ReportedSpeechFinder.isNounUse(loc, v)) {
                continue;
            }
            if (t.text().endsWith("ing") && (v == 0 || tokens.get(v - 1).is(","))) {
                Optional<Attribution> earlier = earlierInSentence(quote, cx, v);
                if (earlier.isPresent()) {
                    return earlier;
                }
                continue;
            }
            final int verb = v;
            Optional<SpeakerLocator.Located> who = loc.before(verb)
                    .or(() -> SpeechVerbs.INVERTIBLE.contains(t.text()) ? loc.after(verb) : Optional.empty());
            if (who.isEmpty()) {
                continue;
            }
            Attribution a = new Attribution(who.get().speaker(cx.text(), tokens), name(), t.text(),
                    who.get().span(tokens));
            boolean pronoun = who.get().first() == v - 1 && !tokens.get(v - 1).isCapitalized()
                    || tokens.get(who.get().first()).is("He") || tokens.get(who.get().first()).is("She");
            if (!pronoun && a.speaker().type() != SpeakerType.UNNAMED) {
                return Optional.of(a);
            }
            if (fallback == null) {
                fallback = a;
            }
        }
        return Optional.ofNullable(fallback);
    }

    /**
     * "the question put by Leeds teacher Omar Bashir: “...”", "a message sent by the council:
     * “...”": the words after the colon are the named agent's, whatever the participle.
     */
    private Optional<Attribution> agentBeforeColon(Quote quote, AttributionContext cx, int q) {
        SpeakerLocator loc = cx.locator();
        List<Token> tokens = loc.tokens();
        int c = q - 1;
        while (c >= 0 && tokens.get(c).sentence() == quote.sentence() && !tokens.get(c).isWord()
                && !tokens.get(c).is(":")) {
            c--; // the opening quotation mark
        }
        final int colon = c;
        if (colon < 3 || !tokens.get(colon).is(":") || tokens.get(colon).sentence() != quote.sentence()) {
            return Optional.empty();
        }
        Optional<SpeakerLocator.Located> who = loc.before(colon).filter(w -> w.named() != null
                && w.named().type() != SpeakerType.UNNAMED && w.last() == colon - 1);
        if (who.isEmpty()) {
            return Optional.empty();
        }
        for (int k = who.get().first() - 1; k >= 1 && k >= who.get().first() - 4; k--) {
            Token t = tokens.get(k);
            if (t.is("by")) {
                Token participle = tokens.get(k - 1);
                boolean passive = !participle.isCapitalized() && (participle.text().endsWith("ed")
                        || PARTICIPLES.contains(participle.text()));
                return passive ? Optional.of(new Attribution(who.get().speaker(cx.text(), tokens), name(),
                        participle.text(), who.get().span(tokens))) : Optional.empty();
            }
            if (!t.isWord()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static final java.util.Set<String> PARTICIPLES = java.util.Set.of(
            "put", "sent", "written", "given", "made", "spoken", "read", "set", "taken", "shown");

    /** "“Safer Streets”": a quoted name, not words someone said. */
    static boolean isTitleCase(String quoted) {
        String[] words = quoted.strip().split("\\s+");
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))
                    && !w.equals("of") && !w.equals("the") && !w.equals("and")) {
                return false;
            }
        }
        return words.length <= 6;
    }

    private static boolean insideQuote(AttributionContext cx, Token t) {
        return cx.insideDirectQuote(t.span());
    }

    private Optional<Attribution> earlierInSentence(Quote quote, AttributionContext cx, int participle) {
        Span sentence = cx.sentences().get(quote.sentence()).span();
        List<Quote> there = cx.attributedStartingIn(sentence.begin(), sentence.end());
        for (int i = there.size() - 1; i >= 0; i--) {
            Quote q = there.get(i);
            if (q.sentence() == quote.sentence() && q.attribution().isPresent()) {
                Attribution a = q.attribution().get();
                return Optional.of(new Attribution(a.speaker(), name(), a.verb(), a.cue()));
            }
        }
        SpeakerLocator loc = cx.locator();
        int v = participle;
        return loc.subjectOfMainVerb(v).map(w -> new Attribution(w.speaker(cx.text(), loc.tokens()), name(),
                loc.tokens().get(v).text(), w.span(loc.tokens())));
    }

    @Override
    public String name() {
        return "leading-cue";
    }
}
