package org.newskg.extract.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.attribution.SpeakerLocator.Located;
import org.newskg.extract.lexicon.EntityWords;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.text.SpanIndex;
import org.newskg.extract.text.Token;

/**
 * The person a description before a speech verb is about: an apposition ("Ann Ford, the
 * deputy director, said"), a chain of them, a qualifier ("Captain Ann Ford of the county jail
 * said"), or one who speaks for a person ("Ford's spokesman said").
 */
final class DescribedSubjects {
    /** Who speaks for a person: "Ford's spokesman", "Ford's office". */
    private static final Set<String> PERSONAL_SPOKESPEOPLE = Set.of(
            "spokesman", "spokeswoman", "spokesperson", "office", "campaign", "aides", "aide", "representative",
            "representatives", "lawyer", "lawyers", "attorney", "attorneys");

    /** Whether the noun names one who speaks for a person ("spokesman", "lawyer", "office"). */
    static boolean speaksForAPerson(String noun) {
        return PERSONAL_SPOKESPEOPLE.contains(noun);
    }

    private final MentionIndex m;
    private final List<Token> tokens;
    private final SpanIndex quoted;

    DescribedSubjects(MentionIndex m) {
        this.m = m;
        this.tokens = m.tokens();
        this.quoted = m.quoted();
    }

    /**
     * "Ann Ford, finance director of Dunmore Crane said": the person who opens the sentence, then
     * a comma and a description in lower case that runs up to the verb with no comma closing it.
     */
    Optional<Located> describedPersonAtStart(int k, int sentence) {
        for (int c = k; c > 0 && c > k - 10 && tokens.get(c).sentence() == sentence; c--) {
            if (tokens.get(c).is(",")) {
                Entity p = m.endsAt(c - 1);
                boolean opens = p != null && (m.mentionStart(c - 1) == 0 || tokens.get(m.mentionStart(c - 1) - 1).sentence() != sentence);
                boolean role = c + 1 <= k && Character.isLowerCase(tokens.get(c + 1).text().codePointAt(0));
                return opens && role && p.type() == EntityType.PERSON
                        ? Optional.of(new Located(SpeakerLocator.speaker(p), m.mentionStart(c - 1), c - 1)) : Optional.empty();
            }
            if (!tokens.get(c).isWord() && !tokens.get(c).isPossessive()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "Captain Ann Ford of the county jail said": a name, then "of/at/from" and a short phrase. */
    Optional<Located> personBeforeQualifier(int k, int sentence) {
        for (int j = k; j > 0 && j > k - 7 && tokens.get(j).sentence() == sentence && tokens.get(j).isWord(); j--) {
            Token t = tokens.get(j);
            if (t.is("of") || t.is("at") || t.is("from") || t.is("with")) {
                Entity p = m.endsAt(j - 1);
                if (p != null && p.type() == EntityType.PERSON) {
                    return Optional.of(new Located(SpeakerLocator.speaker(p), m.mentionStart(j - 1), j - 1));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Ford's spokesman said", "Mr Ford's office said in a statement": who speaks for a person
     * speaks for that person.
     */
    Optional<Located> forPersonBehind(int k, int sentence) {
        if (!PERSONAL_SPOKESPEOPLE.contains(tokens.get(k).text())) {
            return Optional.empty();
        }
        int j = k - 1;
        if (j >= 0 && (tokens.get(j).is("official") || tokens.get(j).is("press") || tokens.get(j).is("personal"))) {
            j--;
        }
        if (j < 1 || !tokens.get(j).isPossessive() || tokens.get(j).sentence() != sentence) {
            return Optional.empty();
        }
        Entity p = m.endsAt(j - 1);
        return p != null && p.type() == EntityType.PERSON ? Optional.of(new Located(SpeakerLocator.speaker(p), m.mentionStart(j - 1), k))
                : Optional.empty();
    }

    /** "PERSON, [the] ROLE ... VERB": the person, when a comma and a role stand between. */
    Optional<Located> apposition(int start, int sentence) {
        for (int c = start - 1; c >= 0 && c >= start - 10 && tokens.get(c).sentence() == sentence; c--) {
            if (tokens.get(c).is(",")) {
                Entity p = c > 0 ? m.endsAt(c - 1) : null;
                if (p != null && p.type() == EntityType.PERSON && !opensWithPreposition(m.mentionStart(c - 1), sentence)) {
                    return Optional.of(new Located(SpeakerLocator.speaker(p), m.mentionStart(c - 1), c - 1));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Sentence openers that make what follows up to the comma a phrase of time or topic, not a subject. */
    private static final java.util.Set<String> OPENING_PREPOSITIONS = java.util.Set.of(
            "On", "In", "At", "After", "Before", "Despite", "Following", "Of", "About", "Regarding", "For", "With", "Under", "Since");

    /** "On the suspension of Mr Houston, UKIP said": the name is in a phrase that opens the sentence before the subject. */
    private boolean opensWithPreposition(int nameStart, int sentence) {
        int first = m.text().firstTokenOf(sentence);
        return first < nameStart && OPENING_PREPOSITIONS.contains(tokens.get(first).text());
    }

    /**
     * "Ann Ford, station manager of Radio Kiss, a broadcaster in Leeds, said": across at
     * most three appositions ending in commas, the person named before the first of them.
     */
    Optional<Located> appositionChain(int comma, int sentence) {
        int c = comma;
        for (int hops = 0; hops < 3; hops++) {
            int prev = c - 1;
            while (prev >= 0 && prev > c - 14 && tokens.get(prev).sentence() == sentence && !tokens.get(prev).is(",")) {
                if (!tokens.get(prev).isWord() && !tokens.get(prev).text().matches("['\u2019]s|-") && !isPluralPossessive(prev)) {
                    return Optional.empty();
                }
                prev--;
            }
            if (prev < 1 || !tokens.get(prev).is(",") || tokens.get(prev).sentence() != sentence) {
                return Optional.empty();
            }
            Entity p = m.endsAt(prev - 1);
            // "Kvarn, the Danish carmaker, said": an organization that the apposition calls one.
            boolean organization = p != null && p.type() == EntityType.ORGANIZATION && hops == 0
                    && EntityWords.ORGANIZATION_INTRODUCERS.contains(tokens.get(comma - 1).text());
            if (p != null && (p.type() == EntityType.PERSON || organization)) {
                return Optional.of(new Located(SpeakerLocator.speaker(p), m.mentionStart(prev - 1), prev - 1));
            }
            c = prev;
        }
        return Optional.empty();
    }

    /** The person whose name ends right before token {@code c}. */
    Optional<Located> personBefore(int c) {
        Entity p = c > 0 ? m.endsAt(c - 1) : null;
        return p != null && p.type() == EntityType.PERSON ? Optional.of(new Located(SpeakerLocator.speaker(p), m.mentionStart(c - 1), c - 1))
                : Optional.empty();
    }

    /** The apostrophe of "the residents' group": right after a word in "s", no quotation mark. */
    boolean isPluralPossessive(int j) {
        Token t = tokens.get(j);
        return (t.is("'") || t.is("\u2019")) && j > 0 && tokens.get(j - 1).text().endsWith("s")
                && tokens.get(j - 1).span().end() == t.span().begin() && !quoted.containsAny(t.span());
    }
}
