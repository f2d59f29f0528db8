package org.newskg.extract.attribution;

import java.util.List;
import java.util.Set;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.text.Token;

/**
 * Names before a speech verb that only modify its subject: "The lawyer who had represented Mr
 * Dunn said", "A friend of Mr Dunn said". The subject is the noun they modify, not the name.
 */
final class ModifiedSubjects {
    /** How far back a relative clause before the verb is looked for: "who had represented Mr Dunn". */
    private static final int RELATIVE_CLAUSE_WINDOW = 8;
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but");

    private final MentionIndex m;
    private final List<Token> tokens;

    ModifiedSubjects(MentionIndex m) {
        this.m = m;
        this.tokens = m.tokens();
    }

    /**
     * The common noun whose modifier ends at {@code k}, or -1: a relative clause that opens with
     * its verb ("The lawyer who had represented Mr Dunn", "the woman who found Mr Dunn's car"), or
     * "of" and a person ("A friend of Mr Dunn"; "a spokesman of" someone speaks for them, and is
     * left to the rules for spokespeople). No comma stands between: "The officer, who arrested
     * Ms Cole, said" is an aside, read elsewhere.
     */
    int headOf(int k, int sentence) {
        Entity e = m.endsAt(k);
        if (e != null && e.type() == EntityType.PERSON) {
            int of = m.mentionStart(k) - 1;
            while (of >= 1 && of >= m.mentionStart(k) - 3 && tokens.get(of).isCapitalized()) {
                // "of Mr Dunn", "of Prime Minister Ann Ford": a title before the name
                of--;
            }
            if (of >= 1 && tokens.get(of).is("of") && tokens.get(of - 1).sentence() == sentence && isCommonNoun(of - 1)
                    && !DescribedSubjects.speaksForAPerson(tokens.get(of - 1).text())) {
                return of - 1;
            }
        }
        if (e == null && !m.tagIs(k, t -> t.startsWith("NN"))) {
            // The clause must end in a name or a noun, its object: "people who fail to say" is no such clause
            return -1;
        }
        boolean verb = false;
        for (int j = k; j >= 1 && j > k - RELATIVE_CLAUSE_WINDOW && tokens.get(j).sentence() == sentence; j--) {
            Token t = tokens.get(j);
            if (!t.isWord() && !t.isPossessive() || CONJUNCTIONS.contains(t.text())) {
                // "a necklace that was a gift and a watch Ann said was rare": the clause ended at "and"
                return -1;
            }
            if (RELATIVE_PRONOUNS.contains(t.text())) {
                // A verb right after it: "the lawyer who had represented", not "claims that the firm had been"
                return verb && m.isVerb(j + 1) && tokens.get(j - 1).sentence() == sentence && isCommonNoun(j - 1) ? j - 1 : -1;
            }
            verb |= j < k && m.isVerb(j);
        }
        return -1;
    }

    /** A noun in lower case ("lawyer", "neighbours"), by its tag. */
    private boolean isCommonNoun(int i) {
        return Character.isLowerCase(tokens.get(i).text().codePointAt(0)) && m.tagIs(i, t -> t.equals("NN") || t.equals("NNS"));
    }
}
