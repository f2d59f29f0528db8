package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.lexicon.SpeechVerbs;
import org.newskg.extract.model.Attribution;
import org.newskg.extract.model.Quote;
import org.newskg.extract.model.QuoteKind;
import org.newskg.extract.model.Speaker.SpeakerType;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.Span;
import org.newskg.extract.text.SpanIndex;
import org.newskg.extract.text.Token;

/**
 * Finds reported speech at its verb: "SPEAKER said [that] CONTENT", "CONTENT, SPEAKER said",
 * "CONTENT, according to SPEAKER", "SPEAKER said of X, CONTENT", and a participle continuing
 * the sentence's statement ("..., adding that CONTENT"). Content that is only a direct quote is
 * left to the quote finder.
 */
public final class ReportedSpeechFinder {
    /** What a source publishes, which "according to" may name before the source: "according to figures from X". */
    private static final java.util.Set<String> DATA_NOUNS = java.util.Set.of("figures", "data", "statistics", "estimates",
            "research", "survey", "study", "report", "reports", "analysis", "poll", "records", "documents", "statement",
            "calculations", "projections", "forecasts", "forecast", "numbers", "count", "tally");

    private static final Set<String> CONTENT_OPENERS = Set.of("that", "how", "whether", "why", "what");
    private static final String SIEVE = "reported-speech";
    /** Speech verbs whose object is the one spoken to, before the clause: "warned the board that ...". */
    private static final Set<String> ADDRESSEE_VERBS = Set.of("warn", "warns", "warned", "promise", "promises", "promised");
    /**
     * Words no reported speech is credited to: "what they say are ..." is a relative clause, and
     * "I", "we" and "you" outside quotation marks are the writer or the reader, not a source.
     */
    private static final java.util.regex.Pattern NO_SPEAKER = java.util.regex.Pattern.compile(
            "^(?i:what|which|whatever)\\b|^(I|we|We|you|You)$");
    /**
     * Verbs whose object is often a thing, not a clause: "announced his resignation", "confirmed
     * the arrests", "denied the charges". Without "that" they report speech only when a clause follows.
     */
    private static final Set<String> NOUN_OBJECT_VERBS = Set.of(
            "announced", "announces", "announce", "confirmed", "confirms", "confirm", "denied", "denies", "deny",
            "admitted", "admits", "admit", "acknowledged", "acknowledges", "acknowledge", "declared", "declares",
            "declare", "promised", "promises", "pledged", "pledges", "claimed", "claims");
    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
            "whose", "every", "each", "no", "any", "'s", "\u2019s", "in", "of", "with", "from", "by", "without",
            "despite", "amid", "over", "against", "following", "about", "after", "before",
            "further", "more", "new", "recent", "earlier", "later", "separate");

    public List<Quote> find(String text, List<Sentence> sentences, SpeakerLocator loc, List<Quote> direct) {
        List<Token> tokens = loc.tokens();
        List<Quote> out = new ArrayList<>();
        java.util.Map<Quote, Integer> cueAt = new java.util.IdentityHashMap<>();
        SpanIndex quoted = new SpanIndex(direct.stream().map(Quote::span).toList());
        for (int v = 0; v < tokens.size(); v++) {
            Token t = tokens.get(v);
            if (quoted.containsAny(t.span())) {
                continue;
            }
            Sentence s = sentences.get(t.sentence());
            if (t.isIgnoreCase("according") && v + 1 < tokens.size() && tokens.get(v + 1).is("to")) {
                according(text, s, loc, v, direct).ifPresent(q -> {
                    out.add(q);
                    cueAt.put(q, t.span().begin());
                });
            } else if (SpeechVerbs.isSpeechVerb(t.text()) && !t.isCapitalized() && !SpeechVerbs.isPassive(tokens, v)
                    && !introducesQuote(tokens, v) && !isDenied(tokens, v) && !isNounUse(loc, v)) {
                boolean participle = t.text().endsWith("ing");
                Optional<Quote> q = participle ? participle(text, s, loc, v, direct, out) : verb(text, s, loc, v, direct);
                if (q.isPresent()) {
                    for (Quote found : splitAtAndThat(text, s, loc, v, q.get(), direct, quoted)) {
                        out.add(found);
                        cueAt.put(found, t.span().begin());
                    }
                }
            }
        }
        return oneForEachSpan(out, cueAt);
    }

    /**
     * "said the plan was sound and that it would be ready by May": two claims, two statements,
     * split at an "and that" after the verb whose "that" opens a clause (tagged IN), outside quotation marks.
     */
    private static List<Quote> splitAtAndThat(String text, Sentence s, SpeakerLocator loc, int v, Quote q, List<Quote> direct,
                                              SpanIndex quoted) {
        List<Token> tokens = loc.tokens();
        for (int i = v + 1; i + 1 < tokens.size() && tokens.get(i + 1).sentence() == s.index(); i++) {
            Token that = tokens.get(i + 1);
            if (tokens.get(i).is("and") && that.is("that") && q.span().contains(that.span())
                    && tokens.get(i).span().begin() > q.span().begin() && !quoted.containsAny(that.span())
                    && loc.tagIs(i + 1, "IN"::equals)) {
                Attribution a = q.attribution().orElseThrow();
                Optional<Quote> first = statement(text, s, new Span(q.span().begin(), tokens.get(i).span().begin()), direct, a);
                Optional<Quote> second = statement(text, s, new Span(that.span().end(), q.span().end()), direct, a);
                if (first.isPresent() && second.isPresent()) {
                    return List.of(first.get(), second.get());
                }
                break;
            }
        }
        return List.of(q);
    }

    /**
     * One statement for each stretch of words: when two verbs report the same words ("warned of
     * the cost and said that ..."), the verb nearest to them is their reporting verb.
     */
    private static List<Quote> oneForEachSpan(List<Quote> found, java.util.Map<Quote, Integer> cueAt) {
        java.util.Map<Span, Quote> bySpan = new java.util.LinkedHashMap<>();
        for (Quote q : found) {
            bySpan.merge(q.span(), q, (a, b) -> distance(b, cueAt) < distance(a, cueAt) ? b : a);
        }
        return new ArrayList<>(bySpan.values());
    }

    private static int distance(Quote q, java.util.Map<Quote, Integer> cueAt) {
        return Math.abs(cueAt.get(q) - q.span().begin());
    }

    private Optional<Quote> verb(String text, Sentence s, SpeakerLocator loc, int v, List<Quote> direct) {
        List<Token> tokens = loc.tokens();
        Token verb = tokens.get(v);
        if (v + 1 < tokens.size() && SpeechVerbs.reportsNoWords(verb.text(), tokens.get(v + 1).text())) {
            return Optional.empty();
        }
        boolean afterComma = v > 0 && (tokens.get(v - 1).is(",") || ReportedClause.isClosingMark(tokens.get(v - 1)))
                && SpeechVerbs.INVERTIBLE.contains(verb.text());
        Optional<SpeakerLocator.Located> who = afterComma ? loc.after(v).filter(w -> !loc.opensClauseSaid(w.last())) : Optional.empty();
        boolean inverted = who.isPresent();
        if (who.isEmpty()) {
            who = loc.before(v);
        }
        if (who.isEmpty()) {
            return Optional.empty();
        }
        int afterVerb = inverted ? who.get().last() + 1 : v + 1;
        if (verb.is("told") || verb.is("tells") || verb.is("tell")) {
            afterVerb = ReportedClause.skipObject(tokens, afterVerb, s.index());
        }
        int speakerStart = inverted ? v : who.get().first();
        int comma = ReportedClause.clauseComma(tokens, speakerStart, s.index());
        if (comma > 0 && ReportedClause.isClosingMark(tokens.get(comma - 1)) || ReportedClause.afterQuote(tokens, speakerStart, s.index())
                || comma >= 0 && ReportedClause.relativeBetween(tokens, comma, speakerStart) && !loc.clauseStartsAt(afterVerb)) {
            return Optional.empty();
        }
        Span content;
        if (comma >= 0 && ReportedClause.tagInside(loc, afterVerb, s.index())) {
            content = new Span(s.span().begin(), s.span().end());
        } else if (comma >= 0 && ReportedClause.contentBefore(tokens, afterVerb, s.index(), comma, s)) {
            content = new Span(s.span().begin(), tokens.get(comma).span().begin());
        } else {
            int objectThat = ADDRESSEE_VERBS.contains(verb.text()) ? ReportedClause.thatAfterObject(loc, afterVerb, s.index()) : -1;
            if (!SpeechVerbs.isStrongSpeechVerb(verb.text()) && !(afterVerb < tokens.size() && tokens.get(afterVerb).is("that"))
                    && objectThat < 0) {
                return Optional.empty();
            }
            int from = afterVerb;
            for (int j = afterVerb; j < tokens.size() && j < afterVerb + 8 && tokens.get(j).sentence() == s.index(); j++) {
                if (tokens.get(j).is("that") && ReportedClause.ADVERBIAL_STARTS.contains(tokens.get(afterVerb).text())) {
                    from = j;
                    break;
                }
            }
            if (from == afterVerb && objectThat > 0) {
                from = objectThat;
            }
            from = ReportedClause.pastMedium(tokens, from, s.index());
            if (from < tokens.size() && CONTENT_OPENERS.contains(tokens.get(from).text())) {
                from++;
            }
            if (from >= tokens.size() || tokens.get(from).sentence() != s.index()) {
                return Optional.empty();
            }
            if (from == afterVerb && NOUN_OBJECT_VERBS.contains(verb.text()) && DETERMINERS.contains(tokens.get(from).text())) {
                return Optional.empty();
            }
            content = new Span(tokens.get(from).span().begin(), s.span().end());
        }
        return statement(text, s, content, direct, new Attribution(who.get().speaker(text, tokens), SIEVE, verb.text(),
                who.get().span(tokens)));
    }

    private Optional<Quote> according(String text, Sentence s, SpeakerLocator loc, int v, List<Quote> direct) {
        List<Token> tokens = loc.tokens();
        Optional<SpeakerLocator.Located> who = loc.after(sourceOf(tokens, v + 1, s.index()));
        if (who.isEmpty()) {
            return Optional.empty();
        }
        Span content;
        boolean clauseBefore = v > 0 && tokens.get(v - 1).sentence() == s.index()
                && tokens.get(v - 1).span().begin() > s.span().begin() + 10
                && ReportedClause.wordsBefore(tokens, v, s.index()) >= 4;
        if (clauseBefore) {
            int end = tokens.get(v - 1).is(",") ? tokens.get(v - 1).span().begin() : tokens.get(v).span().begin();
            content = new Span(s.span().begin(), end);
        } else {
            int from = ReportedClause.pastSourcePhrase(loc, who.get().last() + 1, s.index());
            while (from < tokens.size() && !tokens.get(from).isWord()) {
                from++;
            }
            if (from >= tokens.size() || tokens.get(from).sentence() != s.index()) {
                return Optional.empty();
            }
            content = new Span(tokens.get(from).span().begin(), s.span().end());
        }
        return statement(text, s, content, direct, new Attribution(who.get().speaker(text, tokens), SIEVE,
                "according to", who.get().span(tokens)));
    }

    /**
     * "according to figures from the Home Office", "according to a report by Acme": the
     * preposition before the body the figures or the report come from; else {@code to} itself.
     */
    private static int sourceOf(List<Token> tokens, int to, int sentence) {
        for (int i = to + 1; i < tokens.size() && i <= to + 5 && tokens.get(i).sentence() == sentence; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.isCapitalized()) {
                return to;
            }
            Token before = tokens.get(i - 1);
            boolean data = DATA_NOUNS.contains(before.text()) || i > to + 2 && DATA_NOUNS.contains(tokens.get(i - 2).text())
                    && (before.is("released") || before.is("published") || before.is("compiled") || before.is("issued"));
            if (i > to + 1 && data && (t.is("from") || t.is("by") || t.is("of"))) {
                return i;
            }
        }
        return to;
    }

    /** "..., adding that CONTENT": the speaker of the sentence's statement so far. */
    private Optional<Quote> participle(String text, Sentence s, SpeakerLocator loc, int v, List<Quote> direct, List<Quote> found) {
        List<Token> tokens = loc.tokens();
        if (v + 1 >= tokens.size() || !tokens.get(v + 1).is("that")) {
            return Optional.empty();
        }
        if (v + 2 >= tokens.size() || tokens.get(v + 2).sentence() != s.index()) {
            return Optional.empty();
        }
        Optional<Attribution> earlier = found.stream().filter(q -> q.sentence() == s.index()).reduce((a, b) -> b)
                .flatMap(Quote::attribution).or(() -> verbEarlierInSentence(text, loc, v))
                .or(() -> loc.subjectOfMainVerb(v).map(w -> new Attribution(w.speaker(text, tokens), SIEVE,
                        tokens.get(v).text(), w.span(tokens))));
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        Attribution a = earlier.get();
        Span content = new Span(tokens.get(v + 2).span().begin(), s.span().end());
        return statement(text, s, content, direct, new Attribution(a.speaker(), SIEVE, tokens.get(v).text(), a.cue()));
    }

    /** "“...,” he said, noting that ...": the speaker of the sentence's earlier speech verb. */
    private static Optional<Attribution> verbEarlierInSentence(String text, SpeakerLocator loc, int v) {
        List<Token> tokens = loc.tokens();
        int sentence = tokens.get(v).sentence();
        for (int j = v - 1; j >= 0 && tokens.get(j).sentence() == sentence; j--) {
            Token t = tokens.get(j);
            if (SpeechVerbs.isStrongSpeechVerb(t.text()) && !t.text().endsWith("ing") && !isNounUse(loc, j)) {
                final int verb = j;
                boolean inverted = j > 0 && (tokens.get(j - 1).is(",") || ReportedClause.isClosingMark(tokens.get(j - 1)));
                Optional<SpeakerLocator.Located> who = inverted ? loc.after(j).or(() -> loc.before(verb)) : loc.before(j);
                return who.filter(w -> w.named() != null)
                        .map(w -> new Attribution(w.speaker(text, tokens), SIEVE, t.text(), w.span(tokens)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Quote> statement(String text, Sentence s, Span content, List<Quote> direct, Attribution a) {
        if (a.speaker().type() == SpeakerType.UNNAMED && NO_SPEAKER.matcher(a.speaker().name()).find()) {
            return Optional.empty();
        }
        int b = content.begin();
        int e = content.end();
        while (b < e && !Character.isLetterOrDigit(text.charAt(b)) && text.charAt(b) != '"' && text.charAt(b) != '\u201C') {
            b++;
        }
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ".,;:-\u2013\u2014".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        if (e - b < 12 || text.substring(b, e).split("\\s+").length < 3) {
            return Optional.empty();
        }
        Span span = new Span(b, e);
        int quoted = direct.stream().filter(q -> span.overlaps(q.span())).mapToInt(q -> q.span().length()).sum();
        if (quoted * 10 >= span.length() * 8 || quoted > 0 && unquotedWords(text, span, direct) <= 4) {
            return Optional.empty();
        }
        return Optional.of(new Quote(span, span.of(text), QuoteKind.REPORTED, s.index(), Optional.of(a)));
    }

    /** The words of the span outside its direct quotes: "the senator “...”" has two. */
    private static int unquotedWords(String text, Span span, List<Quote> direct) {
        StringBuilder rest = new StringBuilder();
        int at = span.begin();
        for (Quote q : direct) {
            if (q.span().overlaps(span) && q.span().begin() >= at) {
                rest.append(text, at, Math.max(at, q.span().begin())).append(' ');
                at = Math.min(span.end(), q.span().end());
            }
        }
        rest.append(text, at, span.end());
        String words = rest.toString().replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip();
        return words.isEmpty() ? 0 : words.split("\\s+").length;
    }

    /** "declined to say what ...", "would not say whether ...", "did not comment": nothing was said. */
    static boolean isDenied(List<Token> tokens, int v) {
        int k = v - 1;
        if (k >= 0 && tokens.get(k).is("to")) {
            k--;
        }
        for (int j = k; j >= 0 && j >= k - 1; j--) {
            String w = tokens.get(j).text().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("declined") || w.equals("refused") || w.equals("not") || w.equals("n't") || w.equals("never")
                    || w.equals("wouldn't") || w.equals("didn't") || w.equals("won't") || w.equals("declines") || w.equals("refuses")) {
                return true;
            }
        }
        return false;
    }

    /** "..., Baroness Scotland said: “Murder is ...”": the statement is the quotation that follows. */
    private static boolean introducesQuote(List<Token> tokens, int v) {
        if (v + 1 < tokens.size() && tokens.get(v + 1).is(":")) {
            return true;
        }
        int i = v + 1 < tokens.size() && tokens.get(v + 1).is(",") ? v + 2 : v + 1;
        return i < tokens.size() && tokens.get(i).sentence() == tokens.get(v).sentence()
                && (tokens.get(i).is("\"") || tokens.get(i).is("\u201C"));
    }

    /**
     * "this report", "the state", "in remarks", "renewed calls": a noun, not a reporting verb,
     * when a determiner or preposition comes right before it or the tagger says noun.
     */
    static boolean isNounUse(SpeakerLocator loc, int v) {
        return afterDeterminer(loc.tokens(), v) || loc.isNounUse(v);
    }

    private static boolean afterDeterminer(List<Token> tokens, int v) {
        return v > 0 && DETERMINERS.contains(tokens.get(v - 1).text().toLowerCase(java.util.Locale.ROOT));
    }

}
