package org.newskg.extract.attribution;

import java.util.List;
import java.util.Set;
import org.newskg.extract.lexicon.SpeechVerbs;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.Token;

/**
 * Where the words of a reported statement begin and end around its speech verb and speaker:
 * the clause before ", SPEAKER VERB", a tag inside the sentence, the one spoken to before a
 * "that", the rest of an "according to" source's phrase, a medium ("in a statement"). Token
 * arithmetic only; {@link ReportedSpeechFinder} decides what is reported speech.
 */
final class ReportedClause {
    static final Set<String> ADVERBIAL_STARTS = Set.of(
            "during", "in", "on", "at", "from", "of", "after", "before", "while", "with", "by", "to", "late",
            "early", "last", "this", "yesterday", "today", "earlier", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "overnight", "later", "tonight");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "that");
    /** Words that carry a source's phrase on past its name: "the Labor Department's figures", "Jo Kerr of the Met Office". */
    private static final Set<String> SOURCE_CONTINUERS = Set.of("'s", "\u2019s", "of", "at", "from", "for", "with", "in");
    private static final Set<String> MEDIA = Set.of(
            "statement", "interview", "letter", "tweet", "post", "release", "email", "speech", "Twitter", "Facebook",
            "radio", "television");

    private ReportedClause() {
    }

    /**
     * The comma that ends the clause before the speaker ("..., Las Vegas police officer Bill
     * Smith told CNN"): the last comma at most six words before the speaker's name, or -1.
     */
    static int clauseComma(List<Token> tokens, int speakerStart, int sentence) {
        for (int c = speakerStart - 1; c >= 0 && c >= speakerStart - 7 && tokens.get(c).sentence() == sentence; c--) {
            Token t = tokens.get(c);
            if (t.is(",")) {
                return c;
            }
            if (!t.isWord() || t.is("that") || SpeechVerbs.isSpeechVerb(t.text())) {
                return -1;
            }
        }
        return -1;
    }

    /** "“...,” police spokesman Tom Smith said": the speaker phrase follows a closing quotation mark. */
    static boolean afterQuote(List<Token> tokens, int speakerStart, int sentence) {
        for (int c = speakerStart - 1; c >= 0 && c >= speakerStart - 7 && tokens.get(c).sentence() == sentence; c--) {
            if (!tokens.get(c).isWord()) {
                return isClosingMark(tokens.get(c)) || c > 0 && tokens.get(c).is(",") && isClosingMark(tokens.get(c - 1));
            }
        }
        return false;
    }

    /**
     * "The plant, he said, would open in March": the tag stands inside the reported clause, whose
     * verb follows the tag's closing comma; the statement is the whole sentence, tag and all (one span).
     */
    static boolean tagInside(SpeakerLocator loc, int afterVerb, int sentence) {
        List<Token> tokens = loc.tokens();
        if (afterVerb + 1 >= tokens.size() || !tokens.get(afterVerb).is(",")) {
            return false;
        }
        Token next = tokens.get(afterVerb + 1);
        return next.sentence() == sentence && next.isWord() && !next.isCapitalized() && !next.text().endsWith("ing")
                && loc.isVerb(afterVerb + 1);
    }

    /**
     * "warned the committee that ...", "promised voters on Monday that ...": the "that" (tagged IN)
     * that opens the clause after the one spoken to, with no verb before it; or -1.
     */
    static int thatAfterObject(SpeakerLocator loc, int afterVerb, int sentence) {
        List<Token> tokens = loc.tokens();
        if (afterVerb >= tokens.size() || tokens.get(afterVerb).is("that")) {
            return -1;
        }
        for (int j = afterVerb; j < tokens.size() && j <= afterVerb + 12 && tokens.get(j).sentence() == sentence; j++) {
            Token t = tokens.get(j);
            if (t.is("that")) {
                return loc.tagIs(j, "IN"::equals) ? j : -1;
            }
            if (loc.isVerb(j) || !t.isWord() && !t.is(",")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The allegations, which he has denied, are ...": a relative clause whose pronoun is the
     * verb's object reports nothing ("a system which he said was failing" does: a verb follows).
     */
    static boolean relativeBetween(List<Token> tokens, int comma, int speakerStart) {
        for (int i = comma + 1; i < speakerStart; i++) {
            if (RELATIVES.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the statement is the clause before ", SPEAKER VERB": the verb ends the sentence or an adverbial follows. */
    static boolean contentBefore(List<Token> tokens, int afterVerb, int sentence, int comma, Sentence s) {
        if (tokens.get(comma).span().begin() - s.span().begin() < 15) {
            return false;
        }
        if (afterVerb >= tokens.size() || tokens.get(afterVerb).sentence() != sentence) {
            return true;
        }
        Token next = tokens.get(afterVerb);
        return !next.isWord() || ADVERBIAL_STARTS.contains(next.text());
    }

    /**
     * "According to the Labor Department's figures, ...", "According to Jo Kerr of the Met Office,
     * ...", "According to the Reuters news agency, ...": the rest of the source's phrase up to its
     * comma (no verb in it; no determiner or pronoun opening a subject) is no part of what it says.
     */
    static int pastSourcePhrase(SpeakerLocator loc, int from, int sentence) {
        List<Token> tokens = loc.tokens();
        if (from >= tokens.size()) {
            return from;
        }
        // "of the Met Office" may run long; bare nouns ("news agency", "figures") only a few words
        int reach = SOURCE_CONTINUERS.contains(tokens.get(from).text()) ? 12 : 5;
        for (int j = from; j < tokens.size() && j < from + reach && tokens.get(j).sentence() == sentence; j++) {
            if (tokens.get(j).is(",")) {
                return j + 1;
            }
            // A participle belongs to the phrase ("the report released on Monday,"), and so does a word the
            // tagger calls a verb right before the comma ("Labor Department figures,"); a finite verb is a clause.
            boolean finite = loc.tagIs(j, t -> t.equals("VBD") || t.equals("VBZ") || t.equals("VBP") || t.equals("MD"))
                    && !(j + 1 < tokens.size() && tokens.get(j + 1).is(","));
            if (finite || loc.isQuoted(j) || reach == 5 && loc.tagIs(j, t -> t.equals("DT") || t.startsWith("PRP"))) {
                return from;
            }
        }
        return from;
    }

    /** How many words stand before token {@code v} in its sentence. */
    static int wordsBefore(List<Token> tokens, int v, int sentence) {
        int n = 0;
        for (int i = v - 1; i >= 0 && tokens.get(i).sentence() == sentence; i--) {
            n += tokens.get(i).isWord() ? 1 : 0;
        }
        return n;
    }

    /** Past "in a statement", "in an interview with the BBC,", "on Twitter": how it was said, not what. */
    static int pastMedium(List<Token> tokens, int from, int sentence) {
        if (from >= tokens.size() || !(tokens.get(from).is("in") || tokens.get(from).is("on"))) {
            return from;
        }
        for (int j = from + 1; j < tokens.size() && j <= from + 3 && tokens.get(j).sentence() == sentence; j++) {
            if (MEDIA.contains(tokens.get(j).text())) {
                int next = j + 1;
                while (next < tokens.size() && tokens.get(next).sentence() == sentence
                        && (tokens.get(next).is(",") || tokens.get(next).is("on") && next + 1 < tokens.size()
                        && tokens.get(next + 1).isCapitalized())) {
                    next += tokens.get(next).is(",") ? 1 : 2;
                }
                return next;
            }
        }
        return from;
    }

    /** Past the object of "told": "reporters", "the Times", "ITV's This Morning", "BBC News Online". */
    static int skipObject(List<Token> tokens, int i, int sentence) {
        int limit = i + 4;
        while (i < tokens.size() && i < limit && tokens.get(i).sentence() == sentence && tokens.get(i).isWord()
                && !tokens.get(i).is("that")) {
            Token t = tokens.get(i);
            i++;
            if (!t.is("the") && !t.is("a") && !t.is("an")) {
                break;
            }
        }
        while (i < tokens.size() && tokens.get(i).sentence() == sentence
                && (tokens.get(i).isWord() && tokens.get(i).isCapitalized() || tokens.get(i).text().matches("['\u2019]s"))) {
            i++;
        }
        return i;
    }

    static boolean isClosingMark(Token t) {
        return t.is("\"") || t.is("\u201D");
    }
}
