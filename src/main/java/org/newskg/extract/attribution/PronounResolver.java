package org.newskg.extract.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.attribution.SpeakerLocator.Located;
import org.newskg.extract.lexicon.NameLexicon;
import org.newskg.extract.lexicon.SpeechVerbs;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.model.Speaker;
import org.newskg.extract.model.Speaker.SpeakerType;
import org.newskg.extract.text.SpanIndex;
import org.newskg.extract.text.Token;

/**
 * Whom a "he" or "she" means: the subject of the last speech verb in its sentence or the two
 * before (the spokesman who opens one goes on as his organization), else the last person named
 * before it whose gender agrees.
 */
final class PronounResolver {
    /** How far back, in tokens, a "he" or "she" looks for the person it means. */
    /** Tags of a word that opens a clause rather than ends one: a comma after it starts no reporting clause. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("IN", "CC", "WDT", "WP", "WRB", "TO");
    private static final int PRONOUN_REACH = 400;
    /** How deep a "he said ... he added ... he argued" chain is followed back to its named subject. */
    private static final int MAX_CHAIN = 5;
    /** How many pronouns are being resolved at once. */
    private int resolving;

    private final MentionIndex m;
    private final List<Token> tokens;
    private final SpanIndex quoted;
    private final SpeakerLocator locator;
    private final NounPhrases phrases;

    PronounResolver(MentionIndex m, SpeakerLocator locator, NounPhrases phrases) {
        this.m = m;
        this.tokens = m.tokens();
        this.quoted = m.quoted();
        this.locator = locator;
        this.phrases = phrases;
    }

    /**
     * The person a "he" or "she" at token {@code k} means: the last person named before it
     * whose gender, when known, agrees ("Mr"/"Mrs"/"Ms" before a mention, or a given name on
     * one list only).
     */
    Optional<Speaker> personMeantBy(int k) {
        NameLexicon.Gender wanted = PersonGenders.wantedBy(tokens.get(k).text());
        if (resolving < MAX_CHAIN) {
            resolving++;
            try {
                Optional<Optional<Speaker>> speaker = lastSpeakerBefore(k, wanted);
                if (speaker.isPresent()) {
                    return speaker.get();
                }
            } finally {
                resolving--;
            }
        }
        // "Ann Ford has failed, he claimed": a person named in the clause the pronoun reports is not the pronoun
        // (a clause, not "..., which Ann Ford chose since, he said, ..." or "the one who, he claims, ...").
        int sentence = tokens.get(k).sentence();
        boolean reportsClause = k > 1 && tokens.get(k - 1).is(",") && tokens.get(k - 2).sentence() == sentence
                && !m.tagIs(k - 2, CLAUSE_OPENERS::contains);
        for (int i = k - 1; i >= 0 && i >= k - PRONOUN_REACH; i--) {
            Entity e = m.endsAt(i);
            if (reportsClause && tokens.get(i).sentence() == sentence) {
                continue;
            }
            if (e != null && e.type() == EntityType.PERSON && !quoted.containsAny(tokens.get(i).span()) && m.agrees(e, wanted)) {
                return Optional.of(SpeakerLocator.speaker(e));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a mention starting at token {@code i} is its sentence's subject: within its first six
     * tokens, no verb before it ("The shadow minister, Ann Ford, ...", not "Tom said Ann Ford ...").
     */
    private boolean opensSentence(int i) {
        int sentence = tokens.get(i).sentence();
        for (int j = i - 1; j >= 0 && tokens.get(j).sentence() == sentence; j--) {
            String w = tokens.get(j).text();
            if (j < i - 6 || SpeechVerbs.isSpeechVerb(w) || SpeechVerbs.isFramingVerb(w) || w.endsWith("ed")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Ann Ford said ... ¶ He said ...": the subject of the last speech verb outside quotes in this
     * sentence or the two before. Present and empty when that subject is no person ("the
     * spokesman said"): "he" then goes on with an unnamed speaker, not with a name further back.
     * Empty when no speech verb is near.
     */
    private Optional<Optional<Speaker>> lastSpeakerBefore(int k, NameLexicon.Gender wanted) {
        int from = tokens.get(k).sentence() - 2;
        boolean followed = false;
        for (int v = k - 1; v > 0 && v >= k - PRONOUN_REACH && tokens.get(v).sentence() >= from; v--) {
            Token t = tokens.get(v);
            // "A Labour spokesman attacked the plan, saying ... ¶ He said:": the spokesman opening an
            // earlier sentence is whom "he" goes on with (the person named beside him, his organization,
            // or no one named)
            if (SpeakerLocator.SPOKESPERSONS.contains(t.text()) && t.sentence() < tokens.get(k).sentence() && !quoted.containsAny(t.span())
                    && opensSentence(v)) {
                Entity person = namedBeside(v);
                if (person != null) {
                    return m.agrees(person, wanted) ? Optional.of(Optional.of(SpeakerLocator.speaker(person))) : Optional.empty();
                }
                Optional<Located> phrase = phrases.nounPhrase(v, t.sentence());
                if (phrase.isPresent() && phrase.get().named() == null) {
                    // "a spokesman for the Home Office defended ...": the phrase runs on to its verb
                    Optional<Located> upToVerb = phraseUpToVerb(v, t.sentence());
                    if (upToVerb.isPresent()) {
                        phrase = upToVerb;
                    }
                }
                if (phrase.isPresent()) {
                    Speaker named = phrase.get().named();
                    return Optional.of(named != null && named.type() == SpeakerType.ORGANIZATION ? Optional.of(named)
                            : Optional.empty());
                }
            }
            Entity subjectHere = m.endsAt(v);
            if (subjectHere != null && subjectHere.type() == EntityType.PERSON && !quoted.containsAny(t.span())
                    && opensSentence(m.mentionStart(v)) && m.agrees(subjectHere, wanted) && tokens.get(v).sentence() < tokens.get(k).sentence()) {
                return Optional.of(Optional.of(SpeakerLocator.speaker(subjectHere)));
            }
            // "made the remark": a speech word used as a noun is no one speaking.
            boolean speech = SpeechVerbs.isStrongSpeechVerb(t.text()) && !SpeechVerbs.isPassive(tokens, v) && m.isVerb(v);
            if (!speech || t.text().endsWith("ing") || quoted.containsAny(t.span())) {
                continue;
            }
            Entity before = m.endsAt(v - 1);
            Entity after = v + 1 < tokens.size() ? m.startsAt(v + 1) : null;
            // "He conceded Ann Ford might ...": after a pronoun subject the name after the verb is no speaker.
            Entity subject = before != null ? before : SpeakerLocator.PRONOUNS.contains(tokens.get(v - 1).text()) ? null : after;
            if (subject != null && subject.type() == EntityType.PERSON) {
                if (m.agrees(subject, wanted)) {
                    return Optional.of(Optional.of(SpeakerLocator.speaker(subject)));
                }
                continue;
            }
            // "which she claimed ... - he told": a pronoun of the other gender is someone else
            NameLexicon.Gender other = PersonGenders.wantedBy(tokens.get(v - 1).text());
            if (wanted != null && other != null && other != wanted) {
                continue;
            }
            if (SpeakerLocator.PRONOUNS.contains(tokens.get(v - 1).text()) && resolving < MAX_CHAIN && !followed) {
                // One "he said" further back is followed, not every one: a chain, not a tree
                followed = true;
                Optional<Speaker> earlier = personMeantBy(v - 1);
                if (earlier.isPresent()) {
                    return Optional.of(earlier);
                }
                continue;
            }
            if (SpeakerLocator.PRONOUNS.contains(tokens.get(v - 1).text()) || subject != null) {
                continue;
            }
            Optional<Located> phrase = locator.before(v);
            if (phrase.isEmpty() || phrase.get().named() == null) {
                return phrase.isPresent() ? Optional.of(Optional.empty()) : Optional.empty();
            }
            Speaker named = phrase.get().named();
            if (named.type() == SpeakerType.PERSON) {
                Entity person = m.startsAt(phrase.get().first());
                if (person == null || m.agrees(person, wanted)) {
                    return Optional.of(Optional.of(named));
                }
                continue;
            }
            boolean spokesperson = false;
            for (int i = phrase.get().first(); i <= phrase.get().last(); i++) {
                spokesperson |= NounPhrases.SOURCE_NOUNS.contains(tokens.get(i).text());
            }
            return spokesperson ? Optional.of(Optional.of(named)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The noun phrase from a spokesperson noun to the verb after it, when an organization is named in it. */
    private Optional<Located> phraseUpToVerb(int v, int sentence) {
        for (int j = v + 1; j < tokens.size() && j <= v + 8 && tokens.get(j).sentence() == sentence && tokens.get(j).isWord(); j++) {
            if (m.isVerb(j)) {
                return j > v + 1 ? phrases.nounPhrase(j - 1, sentence).filter(p -> p.named() != null) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "A spokesman for the agency, Dean Boyd, said", "Jo Ward, spokeswoman for ...": the person
     * the spokesman is, named beside him, or null.
     */
    private Entity namedBeside(int v) {
        // "Jo Ward, spokeswoman for the trust, said"
        if (v >= 2 && tokens.get(v - 1).is(",") && m.endsAt(v - 2) != null && m.endsAt(v - 2).type() == EntityType.PERSON) {
            return m.endsAt(v - 2);
        }
        for (int j = v + 1; j < tokens.size() && j <= v + 12 && tokens.get(j).sentence() == tokens.get(v).sentence(); j++) {
            if (m.startsAt(j) != null && m.startsAt(j).type() == EntityType.PERSON) {
                return tokens.get(j - 1).is(",") || j == v + 1 ? m.startsAt(j) : null;
            }
            if (m.isVerb(j)) {
                return null;
            }
        }
        return null;
    }
}
