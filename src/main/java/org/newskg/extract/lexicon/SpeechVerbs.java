package org.newskg.extract.lexicon;

import java.util.List;
import java.util.Set;
import org.newskg.extract.text.Token;

/** Reporting verbs: the words that introduce what someone said. */
public final class SpeechVerbs {
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "being", "is", "are", "be", "get", "got");
    /** Every form of the reporting verbs, lower case. */
    public static final Set<String> FORMS = Set.of(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "state", "states", "stated", "note", "notes", "noted", "explain", "explains", "explained", "claim",
            "claims", "claimed", "insist", "insists", "insisted", "vow", "vows", "vowed", "warn", "warns",
            "warned", "urge", "urges", "urged", "argue", "argues", "argued", "admit", "admits", "admitted",
            "confirm", "confirms", "confirmed", "deny", "denies", "denied", "announce", "announces", "announced",
            "report", "reports", "reported", "write", "writes", "wrote", "tweet", "tweets", "tweeted", "post",
            "posted", "declare", "declares", "declared", "allege", "alleges", "alleged", "assert", "asserts",
            "asserted", "acknowledge", "acknowledges", "acknowledged", "stress", "stresses", "stressed",
            "emphasize", "emphasized", "emphasise", "emphasised", "suggest", "suggests", "suggested", "recall",
            "recalls", "recalled", "concede", "concedes", "conceded", "reply", "replies", "replied", "respond",
            "responds", "responded", "ask", "asks", "asked", "complain", "complains", "complained", "decry",
            "decries", "decried", "describe", "describes", "described", "detail", "details", "detailed",
            "predict", "predicts", "predicted", "estimate", "estimates", "estimated", "testify", "testifies",
            "testified", "contend", "contends", "contended", "maintain", "maintains", "maintained", "believe",
            "believes", "believed", "think", "thinks", "thought", "pledge", "pledges", "pledged", "promise",
            "promises", "promised", "observe", "observes", "observed", "remark", "remarks", "remarked",
            "comment", "comments", "commented", "continue", "continued", "continues", "noting", "warning",
            "insisting", "arguing", "explaining", "claiming", "stressing", "stating", "acknowledging",
            "admitting", "suggesting", "asserting", "declaring", "confirming", "agree", "agrees", "agreed", "joke",
            "jokes", "joked", "quip", "quips", "quipped");

    /** Forms that report speech only when a speaker or "that" follows or a quote stands by them. */
    public static final Set<String> WEAK = Set.of(
            "state", "states", "report", "reports", "reported", "post", "posted", "detail", "details",
            "detailed", "describe", "describes", "described", "estimate", "estimates", "estimated", "believe",
            "believes", "believed", "think", "thinks", "thought", "continue", "continued", "continues",
            "maintain", "maintains", "maintained", "observe", "observes", "observed", "stress", "stresses",
            "stressed", "note", "notes", "noted", "ask", "asks", "asked", "comment", "comments", "commented",
            "promise", "promises", "promised", "pledge", "pledges", "pledged", "recall", "recalls", "recalled",
            "agree", "agrees", "agreed");

    /** Forms that may come before their subject: "..., said Ann Ford", "..., added Ms Lee". */
    public static final Set<String> INVERTIBLE = Set.of(
            "said", "says", "say", "added", "adds", "wrote", "writes", "asked", "asks", "continued", "explained",
            "noted", "recalled", "replied", "insisted", "admitted", "argued", "declared", "warned", "stated", "explains",
            "notes", "recalls", "replies", "insists", "admits", "argues", "declares", "warns", "states", "continues",
            "agreed", "agrees", "joked", "jokes", "quipped", "quips");

    /**
     * Verbs that frame a quoted phrase as someone's words without reporting speech on their own:
     * "called the plan “a disgrace”", "accused the council of “neglect”", "called on ministers to
     * “act now”". They cue a direct quote that follows them in the sentence, never reported speech.
     */
    public static final Set<String> FRAMING = Set.of(
            "call", "calls", "called", "calling", "urging", "accuse", "accuses", "accused", "brand", "brands", "branded", "label",
            "labels", "labelled", "labeled", "hail", "hails", "hailed", "welcome", "welcomes", "welcomed",
            "condemn", "condemns", "condemned", "criticise", "criticises", "criticised", "criticize",
            "criticizes", "criticized", "dismiss", "dismisses", "dismissed", "praise", "praises", "praised",
            "thank", "thanks", "thanked", "blame", "blames", "blamed", "demand", "demands", "demanded");

    private SpeechVerbs() {
    }

    public static boolean isSpeechVerb(String word) {
        return FORMS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** A verb that frames a quoted phrase that follows it as its subject's words. */
    public static boolean isFramingVerb(String word) {
        return FRAMING.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Verbs that, before one of {@link #TOPIC_PREPOSITIONS}, name what was spoken about, not what was said. */
    private static final Set<String> TOPIC_VERBS = Set.of(
            "warn", "warns", "warned", "warning", "tell", "tells", "told", "telling", "complain", "complains", "complained",
            "write", "writes", "wrote", "argue", "argues", "argued", "speak", "speaks", "spoke", "talk", "talks", "talked");
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("against", "of", "about");

    /**
     * Whether the verb, followed by this word, reports no words at all: a weak verb before an
     * infinitive reports a deed ("agreed to buy", "pledged to cut"), and a verb before "against",
     * "of" or "about" a topic ("warned against disunity", "tells of a single mother").
     */
    public static boolean reportsNoWords(String verb, String next) {
        return next.equals("to") && !isStrongSpeechVerb(verb) || TOPIC_VERBS.contains(verb) && TOPIC_PREPOSITIONS.contains(next);
    }

    /** A speech verb that reports speech on its own ("said", "told"), not only in context ("noted"). */
    public static boolean isStrongSpeechVerb(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return FORMS.contains(w) && !WEAK.contains(w);
    }

    /** "he was told", "she was asked": the verb at {@code v} is passive, its subject spoken to, not speaking. */
    public static boolean isPassive(List<Token> tokens, int v) {
        String prev = v > 0 ? tokens.get(v - 1).text() : "";
        return PASSIVE_AUXILIARIES.contains(prev) && !tokens.get(v).text().endsWith("ing");
    }
}
