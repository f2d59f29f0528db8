package org.newskg.extract.attribution;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.Attribution;
import org.newskg.extract.Quote;
import org.newskg.extract.SpeechVerbs;
import org.newskg.extract.Token;

/**
 * The speaker named right after the closing quotation mark: "“...,” said Ann Ford",
 * "“...”, Ford said", "“...”, a statement from the FBI said", "“...,” he added".
 */
public final class TrailingCueSieve implements SpeakerSieve {
    @Override
    public Optional<Attribution> attribute(Quote quote, AttributionContext cx) {
        SpeakerLocator loc = cx.locator();
        List<Token> tokens = loc.tokens();
        int last = loc.tokenAt(quote.span().end() - 1);
        int sentence = tokens.get(last).sentence();
        int i = last + 1;
        while (i < tokens.size() && !tokens.get(i).isWord() && i < last + 4) {
            i++;
        }
        for (int v = i; v < tokens.size() && v < i + 9; v++) {
            Token t = tokens.get(v);
            if (!t.isWord() && !t.is("'s") && !t.is("\u2019s") || t.sentence() != sentence) {
                break;
            }
            if (SpeechVerbs.isSpeechVerb(t.text()) && !ReportedSpeechFinder.afterDeterminer(tokens, v)) {
                Optional<SpeakerLocator.Located> who = v == i
                        ? (SpeechVerbs.INVERTIBLE.contains(t.text()) ? loc.after(v) : Optional.empty())
                        : loc.before(v);
                return who.map(w -> new Attribution(w.speaker(cx.text(), tokens), name(), t.text(), span(tokens, w)));
            }
        }
        return Optional.empty();
    }

    static org.newskg.extract.Span span(List<Token> tokens, SpeakerLocator.Located w) {
        return new org.newskg.extract.Span(tokens.get(w.first()).span().begin(), tokens.get(w.last()).span().end());
    }

    @Override
    public String name() {
        return "trailing-cue";
    }
}
