package org.newskg.extract.mention;

import org.newskg.extract.lexicon.EntityWords;
import org.newskg.extract.lexicon.SpeechVerbs;
import org.newskg.extract.text.Token;

/** Evidence, in the words of a chunk, that it names an organization. */
final class OrganizationEvidence {
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "for", "at", "in", "from", "with", "on", "to");

    private OrganizationEvidence() {
    }

    /**
     * An organization's head word followed by what it is of, for or on: "Council of Europe",
     * "Office of the Inspector General", "Commission on Human Rights". The name is the whole chunk.
     */
    static boolean headBeforeOf(Chunk c) {
        for (int k = 0; k + 2 < c.size(); k++) {
            Token next = c.tokens().get(k + 1);
            if (EntityWords.ORGANIZATION_HEADS.contains(c.tokens().get(k).text())
                    && (next.is("of") || next.is("for") || next.is("on"))) {
                return true;
            }
        }
        return false;
    }

    /** "Kvarn, the Danish carmaker, said": an apposition before a speech verb calls the name an organization. */
    static boolean describedBeforeSpeech(Chunk c) {
        Token head = appositionHeadBeforeSpeech(c);
        if (head == null || !EntityWords.ORGANIZATION_INTRODUCERS.contains(head.text())) {
            return false;
        }
        // "Mary Cole, of the residents' group, said", "Ann Lee, a member of the group, said": the group is another's.
        for (int k = 1; c.after(k) != head; k++) {
            if (PREPOSITIONS.contains(c.after(k).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last word of an apposition between commas right after the chunk, when a speech verb
     * follows it: "carmaker" in "Kvarn, the Danish carmaker, said", "chief" in "Okonjo, the firm's
     * finance chief, told". It must be a lower-case word (no list of names: "Kvarn, Telvia, and
     * Ostra"); null when there is no such apposition.
     */
    static Token appositionHeadBeforeSpeech(Chunk c) {
        Token comma = c.after(0);
        if (comma == null || !comma.is(",")) {
            return null;
        }
        for (int k = 1; k <= 10; k++) {
            Token t = c.after(k);
            if (t == null || t.is(".") || t.is(";") || t.is(":") || t.is("\"") || t.is("\u201C") || t.is("\u201D")) {
                return null;
            }
            if (t.is(",")) {
                Token head = c.after(k - 1);
                Token verb = c.after(k + 1);
                return k >= 2 && verb != null && SpeechVerbs.isStrongSpeechVerb(verb.text()) && head.isWord()
                        && !head.isCapitalized() ? head : null;
            }
        }
        return null;
    }
}
