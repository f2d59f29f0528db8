package org.newskg.extract.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.lexicon.EntityWords;
import org.newskg.extract.lexicon.NameLexicon;
import org.newskg.extract.lexicon.SpeechVerbs;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityKeys;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.model.Speaker;
import org.newskg.extract.model.Speaker.SpeakerType;
import org.newskg.extract.text.AnalyzedText;
import org.newskg.extract.text.Span;
import org.newskg.extract.text.SpanIndex;
import org.newskg.extract.text.Token;

/**
 * Finds who a speech verb's subject is: a named person or organization right before it or right
 * after it ("said Ann Ford"), the person an apposition describes ("Ann Ford, the
 * deputy director of the FBI said"), the organization behind a document or spokesperson
 * ("a statement from the FBI said"), the person a "he" or "she" refers to (the last person named
 * before it), a group tied to a named place ("campaigners in Leeds say"), or, failing
 * all, an unnamed source ("a police spokesman said").
 */
public final class SpeakerLocator {
    private static final Set<String> PREPOSITIONS_BEFORE_OBJECT = Set.of(
            "of", "with", "about", "to", "on", "at", "in", "from", "by", "against", "over", "without");
    private static final Set<String> FINITE_VERB = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> SKIPPED_BEFORE_VERB = Set.of(
            "also", "later", "then", "had", "has", "have", "previously", "further", "again", "reportedly", "publicly",
            "recently", "once", "repeatedly", "would", "will", "did", "does", "earlier", "yesterday", "today", "tonight");
    private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    /** Verbs that take a speech verb with "to": "went on to warn", "wanted to stress". */
    private static final Set<String> TO_VERBS = Set.of(
            "went", "goes", "go", "wanted", "wants", "want", "sought", "seeks", "moved", "moves", "hastened",
            "was", "is", "continued", "continues", "used", "appeared", "tried", "tries");

    /** "is" of "the group is calling for": skipped before a verb in -ing. */
    private static final Set<String> PROGRESSIVE_AUXILIARIES = Set.of("is", "are", "was", "were", "been");
    static final Set<String> SPOKESPERSONS = Set.of("spokesman", "spokeswoman", "spokesperson");
    static final Set<String> PRONOUNS = Set.of("he", "she", "He", "She");



    private final MentionIndex m;
    private final AnalyzedText text;
    private final List<Token> tokens;
    private final SpanIndex quoted;
    private final NounPhrases phrases;
    private final DescribedSubjects descriptions;
    private final PronounResolver pronouns;
    private final Asides asides;
    private final ModifiedSubjects modified;

    public SpeakerLocator(AnalyzedText text, List<Entity> entities) {
        this(text, entities, null, List.of());
    }


    /**
     * A locator over the text's tokens that knows the genders of given names (null: any person),
     * to tell whom "she" and "he" mean, and the direct quotes, whose words name no one who speaks now.
     */
    public SpeakerLocator(AnalyzedText text, List<Entity> entities, NameLexicon names, List<Span> directQuotes) {
        this.m = new MentionIndex(text, entities, names, directQuotes);
        this.text = text;
        this.tokens = m.tokens();
        this.quoted = m.quoted();
        this.phrases = new NounPhrases(m);
        this.descriptions = new DescribedSubjects(m);
        this.modified = new ModifiedSubjects(m);
        this.pronouns = new PronounResolver(m, this, phrases);
        this.asides = new Asides(text, tokens);
    }

    /**
     * The person a "he" or "she" at token {@code k} means: the last person named before it
     * whose gender, when known, agrees ("Mr"/"Mrs"/"Ms" before a mention, or a given name on
     * one list only).
     */
    public Optional<Speaker> personMeantBy(int k) {
        return pronouns.personMeantBy(k);
    }

    public List<Token> tokens() {
        return tokens;
    }

    /**
     * Whether the speech-verb form at token {@code v} is a noun here ("the claims", "in remarks",
     * "a report"), not a reporting verb: the part-of-speech tagger says noun or adjective. A word
     * in "-ing" after a comma opens a participle clause ("..., warning: ...") whatever its tag.
     */
    boolean isNounUse(int v) {
        if (tokens.get(v).text().endsWith("ing") && v > 0 && tokens.get(v - 1).is(",")) {
            return false;
        }
        return text.tagIs(v, tag -> tag.startsWith("NN") || tag.startsWith("JJ"));
    }

    /** Whether the token is a verb or a modal, by its part-of-speech tag. */
    /**
     * Whether a clause starts at token {@code i}, adverbs aside: a verb ("[which he said] was
     * failing") or a pronoun and its verb ("[for which it argues] it is not liable").
     */
    boolean clauseStartsAt(int i) {
        int j = i;
        while (j < tokens.size() && text.tagIs(j, tag -> tag.startsWith("RB"))) {
            j++;
        }
        if (j >= tokens.size()) {
            return false;
        }
        return isVerb(j) || text.tagIs(j, "PRP"::equals) && j + 1 < tokens.size() && isVerb(j + 1);
    }

    /** Whether token {@code i}'s part-of-speech tag passes {@code test}. */
    boolean tagIs(int i, java.util.function.Predicate<String> test) {
        return text.tagIs(i, test);
    }

    boolean isVerb(int i) {
        return m.isVerb(i);
    }

    /** "he" or "she": a pronoun that means a person named before. */
    static boolean isPersonalPronoun(Token t) {
        return PRONOUNS.contains(t.text());
    }

    /** Whether token {@code i} is inside a direct quote. */
    public boolean isQuoted(int i) {
        return quoted.containsAny(tokens.get(i).span());
    }

    /** The index of the token covering a character offset, or -1. */
    public int tokenAt(int offset) {
        return m.tokenAt(offset);
    }

    /** A speaker named right after the verb: "said Ann Ford", "said Leeds protester Ann Ford". */
    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "it", "they", "we", "I", "you");

    public Optional<Located> after(int verb) {
        int sentence = tokens.get(verb).sentence();
        Optional<Located> named = nameEndingPhraseAfter(verb, sentence);
        if (named.isPresent()) {
            return named;
        }
        for (int j = verb + 1; j < tokens.size() && j <= verb + 6 && tokens.get(j).sentence() == sentence; j++) {
            Entity e = m.startsAt(j);
            if (e != null && e.type() == EntityType.ORGANIZATION) {
                Optional<Located> person = personAfterOrganization(m.mentionEnd(j), sentence);
                if (person.isPresent()) {
                    return person;
                }
            }
            if (e != null && e.type() != EntityType.PLACE && !(e.type() == EntityType.PERSON && afterPreposition(verb, j))) {
                return Optional.of(new Located(speaker(e), j, m.mentionEnd(j)));
            }
            Token t = tokens.get(j);
            if (t.is(",") && j > verb + 1) {
                Optional<Located> holder = personRightAfter(j, sentence);
                if (holder.isPresent()) {
                    return holder;
                }
            }
            // "said Acme's Dana Reeve": a possessor the text does not know as a name still leads to the speaker
            boolean possessive = t.isPossessive() && j > verb + 1
                    && tokens.subList(verb + 1, j).stream().allMatch(Token::isCapitalized);
            // "..., said he had suspended Mr Houston": a pronoun after the verb is its subject, the name after it is in the clause said
            if (!possessive && (!t.isWord() || t.is("that") || t.is("the") && j > verb + 1 || SUBJECT_PRONOUNS.contains(t.text()))) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * "..., said the UN was wrong", "..., said a UN trade code was better": the name after the verb
     * opens (or modifies the nouns that open) the clause said, whose finite verb follows it, so it
     * is not a speaker after its verb.
     */
    boolean opensClauseSaid(int last) {
        int sentence = tokens.get(last).sentence();
        int k = last + 1;
        while (k < tokens.size() && tokens.get(k).sentence() == sentence && tokens.get(k).isWord() && !tokens.get(k).isCapitalized()
                && text.tagIs(k, tag -> tag.startsWith("NN") || tag.startsWith("JJ"))) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).sentence() == sentence
                && text.tagIs(k, tag -> tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"));
    }

    /**
     * "said the return of Mr Pike", "said the talks with Ms Ford": a person after a preposition is
     * its object, not the speaker; "a spokesman for Mr Pike" speaks for him, so "for" is not one.
     */
    private boolean afterPreposition(int verb, int j) {
        int k = j - 1;
        while (k > 0 && EntityWords.isNamePrefix(tokens.get(k).text())) {
            k--; // "of Mr Pike": the mention starts after its honorific
        }
        return k > verb && PREPOSITIONS_BEFORE_OBJECT.contains(tokens.get(k).text()); // "according to": the cue's own
    }

    /**
     * "said its chairman, Sir Ann Ford": the person named right after the comma that ends a role,
     * over a title or two.
     */
    private Optional<Located> personRightAfter(int comma, int sentence) {
        for (int k = comma + 1; k < tokens.size() && k <= comma + 3 && tokens.get(k).sentence() == sentence; k++) {
            Entity e = m.startsAt(k);
            if (e != null) {
                return e.type() == EntityType.PERSON ? Optional.of(new Located(speaker(e), k, m.mentionEnd(k))) : Optional.empty();
            }
            if (!tokens.get(k).isCapitalized()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "Ford went on to warn", "Ford wanted to stress": the token before the verb that governs "to". */
    private int pastVerbBeforeTo(int to, int sentence) {
        int k = to - 1;
        if (k >= 0 && tokens.get(k).is("on")) {
            k--;
        }
        if (k >= 1 && tokens.get(k).sentence() == sentence && TO_VERBS.contains(tokens.get(k).text())) {
            return k - 1;
        }
        return to;
    }


    /** The person or organization whose mention starts at token {@code i}. */
    public Optional<Located> namedAt(int i) {
        Entity e = i >= 0 && i < tokens.size() ? m.startsAt(i) : null;
        return e != null && e.type() != EntityType.PLACE ? Optional.of(new Located(speaker(e), i, m.mentionEnd(i)))
                : Optional.empty();
    }

    /** "said FBI spokesman Tom Reyes": the person named within three words after the organization. */
    private Optional<Located> personAfterOrganization(int orgEnd, int sentence) {
        for (int j = orgEnd + 1; j < tokens.size() && j <= orgEnd + 3 && tokens.get(j).sentence() == sentence; j++) {
            if (m.startsAt(j) != null && m.startsAt(j).type() == EntityType.PERSON) {
                return Optional.of(new Located(speaker(m.startsAt(j)), j, m.mentionEnd(j)));
            }
            if ((!tokens.get(j).isWord() || tokens.get(j).isCapitalized() && m.startsAt(j) == null) && !tokens.get(j).isPossessive()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "“...,” said a note from the union's general secretary, Ann Ford.": a phrase after
     * the verb that ends the sentence with ", NAME" names its speaker last.
     */
    private Optional<Located> nameEndingPhraseAfter(int verb, int sentence) {
        if (verb + 1 >= tokens.size() || !(tokens.get(verb + 1).is("a") || tokens.get(verb + 1).is("the")
                || tokens.get(verb + 1).is("an"))) {
            return Optional.empty();
        }
        for (int j = verb + 2; j + 1 < tokens.size() && j < verb + 16 && tokens.get(j).sentence() == sentence; j++) {
            if (tokens.get(j).is(",") && m.startsAt(j + 1) != null && m.startsAt(j + 1).type() == EntityType.PERSON) {
                int end = m.mentionEnd(j + 1);
                boolean last = end + 1 >= tokens.size() || tokens.get(end + 1).sentence() != sentence || tokens.get(end + 1).is(".");
                if (last) {
                    return Optional.of(new Located(speaker(m.startsAt(j + 1)), j + 1, end));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Ann Ford renewed her call, warning: “...”": a participle shares the named subject of its
     * sentence's first finite verb (a past or present tense or a modal, by its part-of-speech tag),
     * whatever that verb is.
     */
    Optional<Located> subjectOfMainVerb(int participle) {
        int sentence = tokens.get(participle).sentence();
        int first = participle;
        while (first > 0 && tokens.get(first - 1).sentence() == sentence) {
            first--;
        }
        for (int j = first; j < participle; j++) {
            if (!quoted.containsAny(tokens.get(j).span()) && text.tagIs(j, FINITE_VERB::contains)) {
                return before(j).filter(w -> w.named() != null && w.named().type() != SpeakerType.UNNAMED);
            }
        }
        return Optional.empty();
    }

    /** "Ann Ford initially said", "Ford angrily denied": an adverb in -ly, lower case, tagged as one. */
    private boolean isMannerAdverb(int k) {
        String w = tokens.get(k).text();
        return w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(w.charAt(0)) && tagIs(k, "RB"::equals);
    }

    /** The subject before the verb: a name, an apposition, a pronoun, or a noun phrase. */
    public Optional<Located> before(int verb) {
        int k = verb - 1;
        int sentence = tokens.get(verb).sentence();
        if (k >= 1 && tokens.get(k).is("to") && tokens.get(k).sentence() == sentence) {
            k = pastVerbBeforeTo(k, sentence);
        }
        boolean progressive = tokens.get(verb).text().endsWith("ing");
        while (k >= 0 && tokens.get(k).sentence() == sentence && (SKIPPED_BEFORE_VERB.contains(tokens.get(k).text())
                || progressive && PROGRESSIVE_AUXILIARIES.contains(tokens.get(k).text())
                || isMannerAdverb(k)
                || k >= 1 && WEEKDAYS.contains(tokens.get(k).text()) && tokens.get(k - 1).is("on"))) {
            // "Mr Pike on Tuesday said": the day is when, not who.
            k -= k >= 1 && WEEKDAYS.contains(tokens.get(k).text()) && tokens.get(k - 1).is("on") ? 2 : 1;
        }
        if (k < 0 || tokens.get(k).sentence() != sentence) {
            return Optional.empty();
        }
        for (int aside = asides.before(k, sentence); aside != k; aside = asides.before(k, sentence)) {
            if (aside < 0) {
                return Optional.empty();
            }
            k = aside;
        }
        if (tokens.get(k).is("and") || tokens.get(k).is("but")) {
            Optional<Located> subject = subjectOfSentence(k, sentence);
            if (subject.isPresent()) {
                return subject;
            }
            for (int j = k - 1; j >= 0 && tokens.get(j).sentence() == sentence; j--) {
                if (SpeechVerbs.isSpeechVerb(tokens.get(j).text())) {
                    return before(j);
                }
            }
        }
        int participial = asides.participialOpening(k, sentence);
        if (participial > 0) {
            // "A senior official, speaking to the BBC's Ann Ford, said": the one spoken to is no speaker
            k = participial - 1;
        }
        if (tokens.get(k).is(",")) {
            final int comma = k;
            return descriptions.appositionChain(k, sentence).or(() -> descriptions.personBefore(comma));
        }
        if (tokens.get(k).is("who")) {
            for (int c = k - 1; c >= 0 && c > k - 14 && tokens.get(c).sentence() == sentence; c--) {
                if (tokens.get(c).is(",")) {
                    final int comma = c;
                    return descriptions.personBefore(comma).or(() -> descriptions.appositionChain(comma, sentence));
                }
            }
        }
        int head = modified.headOf(k, sentence);
        if (head >= 0) {
            // "The lawyer who had represented Mr Dunn said", "A friend of Mr Dunn said": the one spoken of is no speaker.
            k = head;
        }
        Entity e = m.endsAt(k);
        if (e != null && e.type() != EntityType.PLACE) {
            int start = m.mentionStart(k);
            Optional<Located> described = e.type() == EntityType.PERSON ? Optional.empty() : descriptions.apposition(start, sentence);
            if (described.isPresent()) {
                return described;
            }
            if (e.type() == EntityType.PERSON || !isPartOfNounPhrase(start, sentence)) {
                return Optional.of(new Located(speaker(e), start, k));
            }
        }
        Token t = tokens.get(k);
        if (PRONOUNS.contains(t.text())) {
            return personMeantBy(k).map(p -> new Located(p, verb - 1, verb - 1));
        }
        Optional<Located> personOf = descriptions.personBeforeQualifier(k, sentence);
        if (personOf.isPresent()) {
            return personOf;
        }
        Optional<Located> spokesperson = descriptions.forPersonBehind(k, sentence);
        if (spokesperson.isPresent()) {
            return spokesperson;
        }
        Optional<Located> described = descriptions.describedPersonAtStart(k, sentence);
        if (described.isPresent()) {
            return described;
        }
        return phrases.nounPhrase(k, sentence);
    }




    /**
     * "Ford thanked the staff and called the plan “a disgrace”": a verb after "and" or "but"
     * shares the sentence's subject, a name (or "he"/"she") that opens the sentence or follows
     * its opening phrase ("On Monday, Ford ...").
     */
    private Optional<Located> subjectOfSentence(int k, int sentence) {
        int first = k;
        while (first > 0 && tokens.get(first - 1).sentence() == sentence) {
            first--;
        }
        int opening = first;
        for (int c = first; c < k && c < first + 8; c++) {
            if (tokens.get(c).is(",")) {
                opening = c + 1;
                break;
            }
        }
        for (int s : new int[] {first, opening}) {
            Entity e = s < k ? m.startsAt(s) : null;
            if (e != null && e.type() != EntityType.PLACE && m.mentionEnd(s) < k) {
                return Optional.of(new Located(speaker(e), s, m.mentionEnd(s)));
            }
            if (s < k && PRONOUNS.contains(tokens.get(s).text())) {
                final int pronoun = s;
                return personMeantBy(s).map(p -> new Located(p, pronoun, pronoun));
            }
        }
        return Optional.empty();
    }

    /** Whether the mention starting at {@code start} is the object of "from", "for" or "of" ("Ann Lee of the Met Office"). */
    private boolean isPartOfNounPhrase(int start, int sentence) {
        int b = start - 1;
        if (b > 0 && (tokens.get(b).is("the") || tokens.get(b).is("The"))) {
            b--;
        }
        return b >= 0 && tokens.get(b).sentence() == sentence
                && (tokens.get(b).is("from") || tokens.get(b).is("for") || tokens.get(b).is("of"));
    }















    static Speaker speaker(Entity e) {
        SpeakerType type = e.type() == EntityType.PERSON ? SpeakerType.PERSON : SpeakerType.ORGANIZATION;
        return new Speaker(e.key(), e.name(), type);
    }

    /**
     * A speaker found at tokens {@code [first, last]}. For noun phrases the speaker is made by
     * {@link #speaker(String)} from the phrase text once the caller has the article text.
     */
    public record Located(Speaker named, int first, int last, SpeakerType phraseType) {
        Located(Speaker named, int first, int last) {
            this(named, first, last, named.type());
        }

        /** Where the speaker's words are in the article text. */
        public Span span(List<Token> tokens) {
            return new Span(tokens.get(first).span().begin(), tokens.get(last).span().end());
        }

        /** The speaker, reading a noun phrase's words from the article text. */
        public Speaker speaker(String text, List<Token> tokens) {
            if (named != null) {
                return named;
            }
            String words = new Span(tokens.get(first).span().begin(), tokens.get(last).span().end()).of(text);
            String description = words.replaceFirst("^(?i)(the|some|many|several|other) ", "");
            String key = phraseType == SpeakerType.GROUP ? EntityKeys.group(description) : "unnamed/" + EntityKeys.slug(description);
            return new Speaker(key, description, phraseType);
        }
    }
}
