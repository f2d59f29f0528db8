package org.newskg.extract.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.lexicon.EntityWords;
import org.newskg.extract.lexicon.NameLexicon;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.text.AnalyzedText;
import org.newskg.extract.text.Span;
import org.newskg.extract.text.SpanIndex;
import org.newskg.extract.text.Token;
import org.newskg.extract.text.Words;

/**
 * An article's tokens with the persons and organizations mentioned at them, for the speaker
 * finders of this package: the entity whose mention starts or ends at a token, the
 * organizations by the noun of kind their name ends in ("party", "commission"), the genders
 * that titles and given names tell, and which tokens are inside direct quotes.
 */
final class MentionIndex {
    /**
     * Last words of parties named by their members ("Liberal Democrats", "Scottish Greens"): "the
     * party" refers back to them as to a name in "Party".
     */
    private static final Set<String> PARTY_PLURALS = Set.of(
            "democrats", "republicans", "conservatives", "liberals", "greens", "socialists", "nationalists", "unionists");

    private final AnalyzedText text;
    private final List<Token> tokens;
    private final Entity[] startsAt;
    private final Entity[] endsAt;
    private final int[] mentionStart;
    private final int[] mentionEnd;
    private final Map<String, List<Entity>> organizationsByLastWord;
    private final Map<String, List<Entity>> personsByRole;
    private final PersonGenders genders;
    private final SpanIndex quoted;

    MentionIndex(AnalyzedText text, List<Entity> entities, NameLexicon names, List<Span> directQuotes) {
        this.text = text;
        this.quoted = new SpanIndex(directQuotes);
        List<Token> tokens = text.tokens();
        this.tokens = tokens;
        this.startsAt = new Entity[tokens.size()];
        this.endsAt = new Entity[tokens.size()];
        this.mentionStart = new int[tokens.size()];
        this.mentionEnd = new int[tokens.size()];
        Map<String, List<Entity>> byLastWord = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION && e.name().contains(" ")) {
                String last = e.name().substring(e.name().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
                byLastWord.computeIfAbsent(PARTY_PLURALS.contains(last) ? "party" : last, x -> new java.util.ArrayList<>()).add(e);
                kindBeforeOfPhrase(e.name()).filter(k -> !k.equals(last))
                        .ifPresent(k -> byLastWord.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(e));
            }
        }
        this.organizationsByLastWord = byLastWord;
        Map<String, List<Entity>> byRole = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON) {
                e.roles().stream().map(r -> r.title().toLowerCase(java.util.Locale.ROOT)).distinct()
                        .forEach(r -> byRole.computeIfAbsent(r, x -> new java.util.ArrayList<>()).add(e));
            }
        }
        this.personsByRole = byRole;
        for (Entity e : entities) {
            for (EntityMention m : e.mentions()) {
                int s = tokenAt(m.span().begin());
                int end = tokenAt(m.span().end() - 1);
                if (s >= 0 && end >= 0) {
                    startsAt[s] = e;
                    endsAt[end] = e;
                    mentionStart[end] = s;
                    mentionEnd[s] = end;
                }
            }
        }
        // "Ann Lee QC, who ..., said", "Tom Hale MP said": the letters after a person's name end the mention too
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (endsAt[t] != null && endsAt[t].type() == EntityType.PERSON && endsAt[t + 1] == null
                    && EntityWords.POST_NOMINALS.contains(tokens.get(t + 1).text())) {
                endsAt[t + 1] = endsAt[t];
                mentionStart[t + 1] = mentionStart[t];
                t++;
            }
        }
        this.genders = new PersonGenders(this.tokens, entities, names, this::tokenAt);
    }

    AnalyzedText text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The direct quotes, whose words name no one who speaks now. */
    SpanIndex quoted() {
        return quoted;
    }

    /** The person or organization whose mention starts at token {@code i}, or null. */
    Entity startsAt(int i) {
        return startsAt[i];
    }

    /** The person or organization whose mention ends at token {@code i}, or null. */
    Entity endsAt(int i) {
        return endsAt[i];
    }

    /** The first token of the mention that ends at token {@code end}. */
    int mentionStart(int end) {
        return mentionStart[end];
    }

    /** The last token of the mention that starts at token {@code start}. */
    int mentionEnd(int start) {
        return mentionEnd[start];
    }

    /** The organizations whose name ends in (or names before its "of" phrase) this noun of kind, lower case. */
    /** The persons the article gives a role of this title, lower case ("chancellor"). */
    List<Entity> personsWithRole(String title) {
        return personsByRole.getOrDefault(title, List.of());
    }

    List<Entity> organizationsOfKind(String noun) {
        return organizationsByLastWord.getOrDefault(noun, List.of());
    }

    /** Whether a person may be the one a pronoun of this gender means. */
    boolean agrees(Entity e, NameLexicon.Gender wanted) {
        return genders.agrees(e, wanted);
    }

    /** The index of the token covering a character offset, or -1. */
    int tokenAt(int offset) {
        return Words.tokenAt(tokens, offset);
    }

    /** Whether token {@code i}'s part-of-speech tag passes {@code test}. */
    boolean tagIs(int i, java.util.function.Predicate<String> test) {
        return text.tagIs(i, test);
    }

    /** Whether the token is a verb or a modal, by its part-of-speech tag. */
    boolean isVerb(int i) {
        return text.tagIs(i, tag -> tag.startsWith("VB") || tag.equals("MD"));
    }

    /**
     * The kind an organization's name gives before its "of", "on" or "for" phrase ("commission"
     * of the Commission on Human Rights, "ministry" of the Ministry of Defence), which "the
     * commission said" refers back to as it does to a name ending in its kind.
     */
    static Optional<String> kindBeforeOfPhrase(String name) {
        String[] words = name.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("of") || words[i].equals("on") || words[i].equals("for")) {
                String kind = words[i - 1].toLowerCase(java.util.Locale.ROOT);
                return NounPhrases.ORGANIZATION_KINDS.contains(kind) ? Optional.of(kind) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The paragraph of the sentence holding the character at {@code offset} (the headline's is 0), or -1. */
    int paragraphAt(int offset) {
        int t = tokenAt(offset);
        return t < 0 ? -1 : text.sentences().get(tokens.get(t).sentence()).paragraph();
    }
}
