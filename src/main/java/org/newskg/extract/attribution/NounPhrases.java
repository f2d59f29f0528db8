package org.newskg.extract.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.attribution.SpeakerLocator.Located;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.model.Speaker.SpeakerType;
import org.newskg.extract.text.Token;

/**
 * A speaker described by a noun phrase that ends before the verb: the organization it names or
 * refers back to by its kind ("a statement from the FBI", "the party said"), a group ("police
 * in Leeds"), or someone unnamed ("a police spokesman").
 */
final class NounPhrases {
    /**
     * Part-of-speech tags of words that end no noun phrase a speaker could be described by:
     * determiners and possessives ("added that his resolve ...": "his" describes no one),
     * prepositions, conjunctions, adverbs ("would not"), modals, wh-words. A subject pronoun
     * ("they said") stays a description of someone unnamed.
     */
    private static final Set<String> NOT_A_HEAD = Set.of("DT", "PDT", "PRP$", "IN", "TO", "CC", "RB", "RBR", "RBS", "MD", "WDT",
            "WP", "WP$", "WRB", "EX", "POS");

    private static final Set<String> DETERMINERS = Set.of("the", "The", "a", "A", "an", "An");
    /** Prepositions whose object a phrase may end in ("a report on the 20 projects says"). */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("in", "from", "of", "for", "at", "across", "near", "with",
            "on", "by", "to", "about", "over", "into", "under", "against", "between", "among", "behind");
    private static final Set<String> NP_BOUNDARIES = Set.of(
            ",", "\"", "\u201C", "\u201D", "that", "and", "but", "But", "And", "--", "\u2014", "(", ")", ":", ";",
            "which", "who", "when", "while", "as", "because", "where", "after", "before", "said", "says");

    private static final Set<String> PREPOSITIONS = Set.of("in", "from", "of", "for", "at", "across", "near", "with");

    static final Set<String> SOURCE_NOUNS = Set.of(
            "release", "statement", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "report", "tweet",
            "post", "letter", "website", "filing", "representative", "representatives", "official", "officials",
            "source", "sources", "press", "document", "documents", "email", "memo", "notice", "announcement");

    /** Nouns by which a text refers back to an organization it has named ("the party said", "police said"). */
    static final Set<String> ORGANIZATION_KINDS = Set.of(
            "party", "company", "police", "ministry", "department", "club", "government", "agency", "council",
            "bank", "firm", "union", "army", "commission", "committee", "court", "board", "group", "charity",
            "organisation", "organization", "university", "school", "hospital", "service", "office", "network");

    private final MentionIndex m;
    private final List<Token> tokens;

    NounPhrases(MentionIndex m) {
        this.m = m;
        this.tokens = m.tokens();
    }

    /** A noun phrase ending at {@code k}: up to eight words back, never over a verb (by its tag). */
    Optional<Located> nounPhrase(int k, int sentence) {
        if (!tokens.get(k).isWord() || m.isVerb(k) || m.text().tagIs(k, NOT_A_HEAD::contains)) {
            return Optional.empty();
        }
        int start = k;
        // "for Paris on Tuesday the chancellor told": the phrase begins at its article, unless the
        // article opens a preposition's object ("a spokesman for the party", "a statement from the FBI").
        while (!(DETERMINERS.contains(tokens.get(start).text()) && start - 1 >= 0
                && !OBJECT_PREPOSITIONS.contains(tokens.get(start - 1).text())) && start - 1 >= 0 && tokens.get(start - 1).sentence() == sentence && k - start < 8
                && !NP_BOUNDARIES.contains(tokens.get(start - 1).text()) && tokens.get(start - 1).isWord()
                && !m.isVerb(start - 1)
                || start - 1 >= 0 && tokens.get(start - 1).isPossessive()) {
            start--;
        }
        Entity named = null;
        for (int i = start; i <= k; i++) {
            if (m.startsAt(i) != null) {
                named = m.startsAt(i);
            }
        }
        String head = tokens.get(k).text();
        for (int i = start + 1; i <= k; i++) {
            if (PREPOSITIONS.contains(tokens.get(i).text())) {
                head = tokens.get(i - 1).text();
                break;
            }
        }
        boolean source = false;
        for (int i = start; i <= k; i++) {
            source |= SOURCE_NOUNS.contains(tokens.get(i).text());
        }
        if (named != null && named.type() == EntityType.ORGANIZATION && source) {
            return Optional.of(new Located(SpeakerLocator.speaker(named), start, k));
        }
        boolean definiteKind = k - start <= 1 && (start == k || tokens.get(start).is("the") || tokens.get(start).is("The"))
                && ORGANIZATION_KINDS.contains(head);
        if (named == null && (source || definiteKind)) {
            Optional<Entity> org = organizationByKind(start, k);
            if (org.isPresent()) {
                return Optional.of(new Located(SpeakerLocator.speaker(org.get()), start, k));
            }
        }
        if (named == null && k > start && (tokens.get(start).is("the") || tokens.get(start).is("The"))) {
            // "the chancellor told reporters": the one person the article gives that role
            List<Entity> holders = m.personsWithRole(m.text().text().substring(tokens.get(start + 1).span().begin(),
                    tokens.get(k).span().end()).toLowerCase(java.util.Locale.ROOT));
            if (holders.size() == 1) {
                return Optional.of(new Located(SpeakerLocator.speaker(holders.get(0)), start, k));
            }
        }
        boolean plural = head.endsWith("s") && !head.endsWith("ss") || head.equals("police") || head.equals("people");
        SpeakerType type = plural && named != null ? SpeakerType.GROUP : SpeakerType.UNNAMED;
        return Optional.of(new Located(null, start, k, type));
    }

    /**
     * "A party spokesman": the organization of the article whose name ends in a noun of the
     * phrase ("party" for the British National Party): the one that does; of several, the one
     * named last before the phrase when that was in its paragraph ("police said" after a passage
     * on one force), else the one the headline names (the party the story is about, not a rival
     * named in passing paragraphs before), else the one named last.
     */
    Optional<Entity> organizationByKind(int start, int k) {
        for (int i = start; i <= k; i++) {
            String noun = tokens.get(i).text();
            if (!Character.isLowerCase(noun.charAt(0)) && !ORGANIZATION_KINDS.contains(noun.toLowerCase(java.util.Locale.ROOT))
                    || SOURCE_NOUNS.contains(noun)) {
                continue;
            }
            List<Entity> matching = m.organizationsOfKind(noun.toLowerCase(java.util.Locale.ROOT));
            if (!matching.isEmpty()) {
                return ofSeveral(matching, tokens.get(start).span().begin());
            }
        }
        return Optional.empty();
    }

    private Optional<Entity> ofSeveral(List<Entity> organizations, int offset) {
        Optional<Entity> nearest = nearestBefore(organizations, offset);
        if (organizations.size() < 2 || nearest.isEmpty()) {
            return nearest;
        }
        int paragraph = m.paragraphAt(offset);
        boolean inParagraph = nearest.get().mentions().stream()
                .anyMatch(x -> x.span().end() <= offset && m.paragraphAt(x.span().begin()) == paragraph);
        if (inParagraph) {
            return nearest;
        }
        List<Entity> inHeadline = organizations.stream()
                .filter(o -> o.mentions().stream().anyMatch(x -> m.paragraphAt(x.span().begin()) == 0)).toList();
        return inHeadline.size() == 1 ? Optional.of(inHeadline.get(0)) : nearest;
    }

    /** Of several organizations of one kind, the one named last before {@code offset}, if any was. */
    static Optional<Entity> nearestBefore(List<Entity> organizations, int offset) {
        Entity best = null;
        int bestEnd = -1;
        for (Entity o : organizations) {
            for (EntityMention m : o.mentions()) {
                if (m.span().end() <= offset && m.span().end() > bestEnd) {
                    best = o;
                    bestEnd = m.span().end();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
