package org.newskg.extract.attribution;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.lexicon.SpeechVerbs;
import org.newskg.extract.model.Attribution;
import org.newskg.extract.model.Quote;
import org.newskg.extract.text.Token;

/**
 * The speaker named right after the closing quotation mark: "“...,” said Ann Ford",
 * "“...”, Ford said", "“...”, a statement from the FBI said", "“...,” he added", and in a short
 * sentence of its own after a quote that ends one: "“... distance.” Ford said.".
 */
public final class TrailingCueSieve implements SpeakerSieve {
    /** Words that open a phrase of when or where after a cue's verb, not words said. */
    private static final java.util.Set<String> WHEN_WHERE = java.util.Set.of("in", "on", "at", "last", "yesterday", "today",
            "earlier", "later", "during", "after", "before", "from", "recently", "afterwards", "again", "then", "this");

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
        int cueSentence = i < tokens.size() && tokens.get(i).sentence() == sentence + 1 && endsSentence(quote.text())
                && shortSentence(tokens, i) ? sentence + 1 : sentence;
        for (int v = i; v < tokens.size() && v < i + 9; v++) {
            Token t = tokens.get(v);
            if (!t.isWord() && !t.isPossessive() && !(t.is(",") && v > i) || t.sentence() != cueSentence) {
                break;
            }
            if (SpeechVerbs.isSpeechVerb(t.text()) && !SpeechVerbs.isPassive(tokens, v)
                    && !ReportedSpeechFinder.isNounUse(loc, v)) {
                boolean first = v == i;
                boolean inverted = first || tokens.get(v - 1).is(",");
                Optional<SpeakerLocator.Located> who;
                if (!inverted) {
                    who = loc.before(v);
                } else if (!SpeechVerbs.INVERTIBLE.contains(t.text())) {
                    who = Optional.empty();
                } else {
                    who = loc.after(v);
                    if (who.isEmpty() && !first) {
                        who = loc.before(v);
                    }
                }
                return who.map(w -> new Attribution(w.speaker(cx.text(), tokens), name(), t.text(), w.span(tokens)));
            }
        }
        return appositionThenVerb(cx, loc, tokens, i, sentence);
    }

    private static boolean endsSentence(String quoted) {
        String q = quoted.strip();
        return !q.isEmpty() && ".!?".indexOf(q.charAt(q.length() - 1)) >= 0;
    }

    /**
     * "“... distance.” Tom Reyes said.", "“...” said Ms Reyes.": a cue sentence of its own, a name
     * and a verb; no words of its own after the verb but a name ("The family said it was upset." is
     * a statement, no cue).
     */
    private static boolean shortSentence(List<Token> tokens, int first) {
        int n = 0;
        boolean verb = false;
        for (int j = first; j < tokens.size() && tokens.get(j).sentence() == tokens.get(first).sentence(); j++) {
            n++;
            Token t = tokens.get(j);
            if (verb && t.isWord() && !t.isCapitalized()) {
                if (!WHEN_WHERE.contains(t.text())) {
                    return false; // "said it was upset": words of its own
                }
                verb = false; // "asked in the New Year": when or where, no words
            }
            verb |= SpeechVerbs.isSpeechVerb(t.text());
        }
        return n <= 7;
    }


    /**
     * "“...,” Ann Ford, the deputy director of the Forest Service, said": a name right after the
     * quote, an apposition between commas however long, then the verb.
     */
    private Optional<Attribution> appositionThenVerb(AttributionContext cx, SpeakerLocator loc, List<Token> tokens, int i,
                                                     int sentence) {
        Optional<SpeakerLocator.Located> named = loc.namedAt(i);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        int comma = named.get().last() + 1;
        if (comma >= tokens.size() || !tokens.get(comma).is(",")) {
            return Optional.empty();
        }
        for (int c = comma + 1; c < tokens.size() && c < comma + 25 && tokens.get(c).sentence() == sentence; c++) {
            Token t = tokens.get(c);
            if (cx.insideDirectQuote(t.span()) || t.is("\"") || t.is("\u201C")) {
                return Optional.empty();
            }
            if (t.is(",") && c + 1 < tokens.size() && SpeechVerbs.isStrongSpeechVerb(tokens.get(c + 1).text())) {
                Token verb = tokens.get(c + 1);
                return named.map(w -> new Attribution(w.speaker(cx.text(), tokens), name(), verb.text(), w.span(tokens)));
            }
        }
        return Optional.empty();
    }


    @Override
    public String name() {
        return "trailing-cue";
    }
}
