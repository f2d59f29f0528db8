package org.newskg.extract.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.lexicon.EntityWords;
import org.newskg.extract.lexicon.NameLexicon;
import org.newskg.extract.lexicon.SpeechVerbs;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityKeys;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.model.Speaker;
import org.newskg.extract.model.Speaker.SpeakerType;
import org.newskg.extract.text.AnalyzedText;
import org.newskg.extract.text.Span;
import org.newskg.extract.text.SpanIndex;
import org.newskg.extract.text.Token;
import org.newskg.extract.text.Words;

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
    /** Who speaks for a person: "Ford's spokesman", "Ford's office". */
    private static final Set<String> PERSONAL_SPOKESPEOPLE = Set.of(
            "spokesman", "spokeswoman", "spokesperson", "office", "campaign", "aides", "aide", "representative",
            "representatives", "lawyer", "lawyers", "attorney", "attorneys");
    private static final Set<String> SPOKESPERSONS = Set.of("spokesman", "spokeswoman", "spokesperson");
    private static final Set<String> SOURCE_NOUNS = Set.of(
            "release", "statement", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "report", "tweet",
            "post", "letter", "website", "filing", "representative", "representatives", "official", "officials",
            "source", "sources", "press", "document", "documents", "email", "memo", "notice", "announcement");
    private static final Set<String> NP_BOUNDARIES = Set.of(
            ",", "\"", "\u201C", "\u201D", "that", "and", "but", "But", "And", "--", "\u2014", "(", ")", ":", ";",
            "which", "who", "when", "while", "as", "because", "where", "after", "before", "said", "says");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "He", "She");
    /**
     * Part-of-speech tags of words that end no noun phrase a speaker could be described by:
     * determiners and possessives ("added that his resolve ...": "his" describes no one),
     * prepositions, conjunctions, adverbs ("would not"), modals, wh-words. A subject pronoun
     * ("they said") stays a description of someone unnamed.
     */
    private static final Set<String> NOT_A_HEAD = Set.of("DT", "PDT", "PRP$", "IN", "TO", "CC", "RB", "RBR", "RBS", "MD", "WDT",
            "WP", "WP$", "WRB", "EX", "POS");
    /**
     * Last words of parties named by their members ("Liberal Democrats", "Scottish Greens"): "the
     * party" refers back to them as to a name in "Party".
     */
    private static final Set<String> PARTY_PLURALS = Set.of(
            "democrats", "republicans", "conservatives", "liberals", "greens", "socialists", "nationalists", "unionists");

    /** Nouns by which a text refers back to an organization it has named ("the party said", "police said"). */
    private static final Set<String> ORGANIZATION_KINDS = Set.of(
            "party", "company", "police", "ministry", "department", "club", "government", "agency", "council",
            "bank", "firm", "union", "army", "commission", "committee", "court", "board", "group", "charity",
            "organisation", "organization", "university", "school", "hospital", "service", "office", "network");
    private static final Set<String> PREPOSITIONS = Set.of("in", "from", "of", "for", "at", "across", "near", "with");

    private final AnalyzedText text;
    private final List<Token> tokens;
    private final Entity[] startsAt;
    private final Entity[] endsAt;
    private final int[] mentionStart;
    private final int[] mentionEnd;
    private final Map<String, List<Entity>> organizationsByLastWord;
    private final PersonGenders genders;
    private final SpanIndex quoted;
    /** How far back, in tokens, a "he" or "she" looks for the person it means. */
    private static final int PRONOUN_REACH = 400;
    /** How many pronouns are being resolved at once: a "he said" chain is followed three deep at most. */
    private int resolving;

    public SpeakerLocator(AnalyzedText text, List<Entity> entities) {
        this(text, entities, null, List.of());
    }

    /**
     * A locator over the text's tokens that knows the genders of given names (null: any person),
     * to tell whom "she" and "he" mean, and the direct quotes, whose words name no one who speaks now.
     */
    public SpeakerLocator(AnalyzedText text, List<Entity> entities, NameLexicon names, List<Span> directQuotes) {
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
        this.genders = new PersonGenders(this.tokens, entities, names, this::tokenAt);
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
        return text.tagIs(i, tag -> tag.startsWith("VB") || tag.equals("MD"));
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
        return Words.tokenAt(tokens, offset);
    }

    /** A speaker named right after the verb: "said Ann Ford", "said Leeds protester Ann Ford". */
    public Optional<Located> after(int verb) {
        int sentence = tokens.get(verb).sentence();
        Optional<Located> named = nameEndingPhraseAfter(verb, sentence);
        if (named.isPresent()) {
            return named;
        }
        for (int j = verb + 1; j < tokens.size() && j <= verb + 6 && tokens.get(j).sentence() == sentence; j++) {
            Entity e = startsAt[j];
            if (e != null && e.type() == EntityType.ORGANIZATION) {
                Optional<Located> person = personAfterOrganization(mentionEnd[j], sentence);
                if (person.isPresent()) {
                    return person;
                }
            }
            if (e != null && e.type() != EntityType.PLACE && !(e.type() == EntityType.PERSON && afterPreposition(verb, j))) {
                return Optional.of(new Located(speaker(e), j, mentionEnd[j]));
            }
            Token t = tokens.get(j);
            if (t.is(",") && j > verb + 1) {
                Optional<Located> holder = personRightAfter(j, sentence);
                if (holder.isPresent()) {
                    return holder;
                }
            }
            if (!t.isWord() || t.is("that") || t.is("the") && j > verb + 1) {
                break;
            }
        }
        return Optional.empty();
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
            Entity e = startsAt[k];
            if (e != null) {
                return e.type() == EntityType.PERSON ? Optional.of(new Located(speaker(e), k, mentionEnd[k])) : Optional.empty();
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

    /**
     * "Ann Ford, a spokeswoman for the FBI -- the agency leading the raids -- said": the token
     * before an aside between dashes or brackets that ends at {@code k}, or {@code k} when none
     * does; -1 when the aside is not closed.
     */
    private int beforeAside(int k, int sentence) {
        if (isDoubleHyphen(k)) {
            for (int j = k - 2; j > 1 && j > k - 40 && tokens.get(j).sentence() == sentence; j--) {
                if (isDoubleHyphen(j)) {
                    return j - 2;
                }
            }
            return -1;
        }
        String close = tokens.get(k).text();
        String open = switch (close) {
            case "--", "\u2014", "\u2013", "-" -> close;
            case ")" -> "(";
            default -> null;
        };
        if (open == null) {
            return k;
        }
        for (int j = k - 1; j > 0 && j > k - 40 && tokens.get(j).sentence() == sentence; j--) {
            if (tokens.get(j).is(open)) {
                return j - 1;
            }
        }
        return -1;
    }

    /** "--", which the tokenizer gives as two hyphens, ending at token {@code k}. */
    private boolean isDoubleHyphen(int k) {
        return k > 0 && tokens.get(k).is("-") && tokens.get(k - 1).is("-")
                && tokens.get(k - 1).span().end() == tokens.get(k).span().begin();
    }

    /** The person or organization whose mention starts at token {@code i}. */
    public Optional<Located> namedAt(int i) {
        Entity e = i >= 0 && i < tokens.size() ? startsAt[i] : null;
        return e != null && e.type() != EntityType.PLACE ? Optional.of(new Located(speaker(e), i, mentionEnd[i]))
                : Optional.empty();
    }

    /** "said FBI spokesman Tom Reyes": the person named within three words after the organization. */
    private Optional<Located> personAfterOrganization(int orgEnd, int sentence) {
        for (int j = orgEnd + 1; j < tokens.size() && j <= orgEnd + 3 && tokens.get(j).sentence() == sentence; j++) {
            if (startsAt[j] != null && startsAt[j].type() == EntityType.PERSON) {
                return Optional.of(new Located(speaker(startsAt[j]), j, mentionEnd[j]));
            }
            if (!tokens.get(j).isWord() || tokens.get(j).isCapitalized() && startsAt[j] == null && !tokens.get(j).is("'s")) {
                if (!tokens.get(j).is("'s") && !tokens.get(j).is("\u2019s")) {
                    return Optional.empty();
                }
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
            if (tokens.get(j).is(",") && startsAt[j + 1] != null && startsAt[j + 1].type() == EntityType.PERSON) {
                int end = mentionEnd[j + 1];
                boolean last = end + 1 >= tokens.size() || tokens.get(end + 1).sentence() != sentence || tokens.get(end + 1).is(".");
                if (last) {
                    return Optional.of(new Located(speaker(startsAt[j + 1]), j + 1, end));
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
                || k >= 1 && WEEKDAYS.contains(tokens.get(k).text()) && tokens.get(k - 1).is("on"))) {
            // "Mr Pike on Tuesday said": the day is when, not who.
            k -= k >= 1 && WEEKDAYS.contains(tokens.get(k).text()) && tokens.get(k - 1).is("on") ? 2 : 1;
        }
        if (k < 0 || tokens.get(k).sentence() != sentence) {
            return Optional.empty();
        }
        for (int aside = beforeAside(k, sentence); aside != k; aside = beforeAside(k, sentence)) {
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
        if (tokens.get(k).is(",")) {
            final int comma = k;
            return appositionChain(k, sentence).or(() -> personBefore(comma));
        }
        if (tokens.get(k).is("who")) {
            for (int c = k - 1; c >= 0 && c > k - 14 && tokens.get(c).sentence() == sentence; c--) {
                if (tokens.get(c).is(",")) {
                    final int comma = c;
                    return personBefore(comma).or(() -> appositionChain(comma, sentence));
                }
            }
        }
        Entity e = endsAt[k];
        if (e != null && e.type() != EntityType.PLACE) {
            int start = mentionStart[k];
            Optional<Located> described = e.type() == EntityType.PERSON ? Optional.empty() : apposition(start, sentence);
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
        Optional<Located> personOf = personBeforeQualifier(k, sentence);
        if (personOf.isPresent()) {
            return personOf;
        }
        Optional<Located> spokesperson = forPersonBehind(k, sentence);
        if (spokesperson.isPresent()) {
            return spokesperson;
        }
        Optional<Located> described = describedPersonAtStart(k, sentence);
        if (described.isPresent()) {
            return described;
        }
        return nounPhrase(k, sentence);
    }

    /**
     * "Ann Ford, finance director of Dunmore Crane said": the person who opens the sentence, then
     * a comma and a description in lower case that runs up to the verb with no comma closing it.
     */
    private Optional<Located> describedPersonAtStart(int k, int sentence) {
        for (int c = k; c > 0 && c > k - 10 && tokens.get(c).sentence() == sentence; c--) {
            if (tokens.get(c).is(",")) {
                Entity p = endsAt[c - 1];
                boolean opens = p != null && (mentionStart[c - 1] == 0 || tokens.get(mentionStart[c - 1] - 1).sentence() != sentence);
                boolean role = c + 1 <= k && Character.isLowerCase(tokens.get(c + 1).text().codePointAt(0));
                return opens && role && p.type() == EntityType.PERSON
                        ? Optional.of(new Located(speaker(p), mentionStart[c - 1], c - 1)) : Optional.empty();
            }
            if (!tokens.get(c).isWord() && !isPossessive(tokens.get(c))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "Captain Ann Ford of the county jail said": a name, then "of/at/from" and a short phrase. */
    private Optional<Located> personBeforeQualifier(int k, int sentence) {
        for (int j = k; j > 0 && j > k - 7 && tokens.get(j).sentence() == sentence && tokens.get(j).isWord(); j--) {
            Token t = tokens.get(j);
            if (t.is("of") || t.is("at") || t.is("from") || t.is("with")) {
                Entity p = endsAt[j - 1];
                if (p != null && p.type() == EntityType.PERSON) {
                    return Optional.of(new Located(speaker(p), mentionStart[j - 1], j - 1));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Ford's spokesman said", "Mr Ford's office said in a statement": who speaks for a person
     * speaks for that person.
     */
    private Optional<Located> forPersonBehind(int k, int sentence) {
        if (!PERSONAL_SPOKESPEOPLE.contains(tokens.get(k).text())) {
            return Optional.empty();
        }
        int j = k - 1;
        if (j >= 0 && (tokens.get(j).is("official") || tokens.get(j).is("press") || tokens.get(j).is("personal"))) {
            j--;
        }
        if (j < 1 || !isPossessive(tokens.get(j)) || tokens.get(j).sentence() != sentence) {
            return Optional.empty();
        }
        Entity p = endsAt[j - 1];
        return p != null && p.type() == EntityType.PERSON ? Optional.of(new Located(speaker(p), mentionStart[j - 1], k))
                : Optional.empty();
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
            Entity e = s < k ? startsAt[s] : null;
            if (e != null && e.type() != EntityType.PLACE && mentionEnd[s] < k) {
                return Optional.of(new Located(speaker(e), s, mentionEnd[s]));
            }
            if (s < k && PRONOUNS.contains(tokens.get(s).text())) {
                final int pronoun = s;
                return personMeantBy(s).map(p -> new Located(p, pronoun, pronoun));
            }
        }
        return Optional.empty();
    }

    private boolean isPartOfNounPhrase(int start, int sentence) {
        int b = start - 1;
        return b >= 0 && tokens.get(b).sentence() == sentence
                && (tokens.get(b).is("from") || tokens.get(b).is("for") || tokens.get(b).is("of"));
    }

    /** "PERSON, [the] ROLE ... VERB": the person, when a comma and a role stand between. */
    private Optional<Located> apposition(int start, int sentence) {
        for (int c = start - 1; c >= 0 && c >= start - 10 && tokens.get(c).sentence() == sentence; c--) {
            if (tokens.get(c).is(",")) {
                Entity p = c > 0 ? endsAt[c - 1] : null;
                if (p != null && p.type() == EntityType.PERSON) {
                    return Optional.of(new Located(speaker(p), mentionStart[c - 1], c - 1));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "Ann Ford, station manager of Radio Kiss, a broadcaster in Leeds, said": across at
     * most three appositions ending in commas, the person named before the first of them.
     */
    private Optional<Located> appositionChain(int comma, int sentence) {
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
            Entity p = endsAt[prev - 1];
            if (p != null && p.type() == EntityType.PERSON) {
                return Optional.of(new Located(speaker(p), mentionStart[prev - 1], prev - 1));
            }
            c = prev;
        }
        return Optional.empty();
    }

    /**
     * The kind an organization's name gives before its "of", "on" or "for" phrase ("commission"
     * of the Commission on Human Rights, "ministry" of the Ministry of Defence), which "the
     * commission said" refers back to as it does to a name ending in its kind.
     */
    private static Optional<String> kindBeforeOfPhrase(String name) {
        String[] words = name.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("of") || words[i].equals("on") || words[i].equals("for")) {
                String kind = words[i - 1].toLowerCase(java.util.Locale.ROOT);
                return ORGANIZATION_KINDS.contains(kind) ? Optional.of(kind) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The person whose name ends right before token {@code c}. */
    private Optional<Located> personBefore(int c) {
        Entity p = c > 0 ? endsAt[c - 1] : null;
        return p != null && p.type() == EntityType.PERSON ? Optional.of(new Located(speaker(p), mentionStart[c - 1], c - 1))
                : Optional.empty();
    }

    /** A noun phrase ending at {@code k}: up to eight words back, never over a verb (by its tag). */
    private Optional<Located> nounPhrase(int k, int sentence) {
        if (!tokens.get(k).isWord() || isVerb(k) || text.tagIs(k, NOT_A_HEAD::contains)) {
            return Optional.empty();
        }
        int start = k;
        while (start - 1 >= 0 && tokens.get(start - 1).sentence() == sentence && k - start < 8
                && !NP_BOUNDARIES.contains(tokens.get(start - 1).text()) && tokens.get(start - 1).isWord()
                && !isVerb(start - 1)
                || start - 1 >= 0 && isPossessive(tokens.get(start - 1))) {
            start--;
        }
        Entity named = null;
        for (int i = start; i <= k; i++) {
            if (startsAt[i] != null) {
                named = startsAt[i];
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
            return Optional.of(new Located(speaker(named), start, k));
        }
        boolean definiteKind = k - start <= 1 && (start == k || tokens.get(start).is("the") || tokens.get(start).is("The"))
                && ORGANIZATION_KINDS.contains(head);
        if (named == null && (source || definiteKind)) {
            Optional<Entity> org = organizationByKind(start, k);
            if (org.isPresent()) {
                return Optional.of(new Located(speaker(org.get()), start, k));
            }
        }
        boolean plural = head.endsWith("s") && !head.endsWith("ss") || head.equals("police") || head.equals("people");
        SpeakerType type = plural && named != null ? SpeakerType.GROUP : SpeakerType.UNNAMED;
        return Optional.of(new Located(null, start, k, type));
    }

    /**
     * "A party spokesman": the organization of the article whose name ends in a noun of the
     * phrase ("party" for the British National Party): the one that does, or of several the one
     * named last before the phrase ("police said" after a passage on one force).
     */
    private Optional<Entity> organizationByKind(int start, int k) {
        for (int i = start; i <= k; i++) {
            String noun = tokens.get(i).text();
            if (!Character.isLowerCase(noun.charAt(0)) && !ORGANIZATION_KINDS.contains(noun.toLowerCase(java.util.Locale.ROOT))
                    || SOURCE_NOUNS.contains(noun)) {
                continue;
            }
            List<Entity> matching = organizationsByLastWord.getOrDefault(noun.toLowerCase(java.util.Locale.ROOT), List.of());
            if (!matching.isEmpty()) {
                return nearestBefore(matching, tokens.get(start).span().begin());
            }
        }
        return Optional.empty();
    }

    /** Of several organizations of one kind, the one named last before {@code offset}, if any was. */
    private static Optional<Entity> nearestBefore(List<Entity> organizations, int offset) {
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

    /** The apostrophe of "the residents' group": right after a word in "s", no quotation mark. */
    private boolean isPluralPossessive(int j) {
        Token t = tokens.get(j);
        return (t.is("'") || t.is("\u2019")) && j > 0 && tokens.get(j - 1).text().endsWith("s")
                && tokens.get(j - 1).span().end() == t.span().begin() && !quoted.containsAny(t.span());
    }

    private static boolean isPossessive(Token t) {
        return t.is("'s") || t.is("\u2019s");
    }

    /**
     * The person a "he" or "she" at token {@code k} means: the last person named before it
     * whose gender, when known, agrees ("Mr"/"Mrs"/"Ms" before a mention, or a given name on
     * one list only).
     */
    public Optional<Speaker> personMeantBy(int k) {
        NameLexicon.Gender wanted = PersonGenders.wantedBy(tokens.get(k).text());
        if (resolving < 3) {
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
        for (int i = k - 1; i >= 0 && i >= k - PRONOUN_REACH; i--) {
            Entity e = endsAt[i];
            if (e != null && e.type() == EntityType.PERSON && !quoted.containsAny(tokens.get(i).span()) && agrees(e, wanted)) {
                return Optional.of(speaker(e));
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

    private boolean agrees(Entity e, NameLexicon.Gender wanted) {
        return genders.agrees(e, wanted);
    }

    /**
     * "Ann Ford said ... ¶ He said ...": the subject of the last speech verb outside quotes in this
     * sentence or the two before. Present and empty when that subject is no person ("the
     * spokesman said"): "he" then goes on with an unnamed speaker, not with a name further back.
     * Empty when no speech verb is near.
     */
    private Optional<Optional<Speaker>> lastSpeakerBefore(int k, NameLexicon.Gender wanted) {
        int from = tokens.get(k).sentence() - 2;
        for (int v = k - 1; v > 0 && tokens.get(v).sentence() >= from; v--) {
            Token t = tokens.get(v);
            // "A Labour spokesman attacked the plan, saying ... ¶ He said:": the spokesman opening an
            // earlier sentence is whom "he" goes on with (his organization, or no one named)
            if (SPOKESPERSONS.contains(t.text()) && t.sentence() < tokens.get(k).sentence() && !quoted.containsAny(t.span())
                    && opensSentence(v)) {
                Entity person = namedRightAfter(v);
                if (person != null) {
                    return agrees(person, wanted) ? Optional.of(Optional.of(speaker(person))) : Optional.empty();
                }
                Optional<Located> phrase = nounPhrase(v, t.sentence());
                if (phrase.isPresent()) {
                    Speaker named = phrase.get().named();
                    return Optional.of(named != null && named.type() == SpeakerType.ORGANIZATION ? Optional.of(named)
                            : Optional.empty());
                }
            }
            Entity subjectHere = endsAt[v];
            if (subjectHere != null && subjectHere.type() == EntityType.PERSON && !quoted.containsAny(t.span())
                    && opensSentence(mentionStart[v]) && agrees(subjectHere, wanted) && tokens.get(v).sentence() < tokens.get(k).sentence()) {
                return Optional.of(Optional.of(speaker(subjectHere)));
            }
            // "made the remark": a speech word used as a noun is no one speaking.
            boolean speech = SpeechVerbs.isStrongSpeechVerb(t.text()) && !SpeechVerbs.isPassive(tokens, v) && isVerb(v);
            if (!speech || t.text().endsWith("ing") || quoted.containsAny(t.span())) {
                continue;
            }
            Entity before = endsAt[v - 1];
            Entity after = v + 1 < tokens.size() ? startsAt[v + 1] : null;
            Entity subject = before != null ? before : after;
            if (subject != null && subject.type() == EntityType.PERSON) {
                if (agrees(subject, wanted)) {
                    return Optional.of(Optional.of(speaker(subject)));
                }
                continue;
            }
            if (PRONOUNS.contains(tokens.get(v - 1).text()) && resolving < 3) {
                Optional<Speaker> earlier = personMeantBy(v - 1);
                if (earlier.isPresent()) {
                    return Optional.of(earlier);
                }
                continue;
            }
            if (PRONOUNS.contains(tokens.get(v - 1).text()) || subject != null) {
                continue;
            }
            Optional<Located> phrase = before(v);
            if (phrase.isEmpty() || phrase.get().named() == null) {
                return phrase.isPresent() ? Optional.of(Optional.empty()) : Optional.empty();
            }
            Speaker named = phrase.get().named();
            if (named.type() == SpeakerType.PERSON) {
                Entity person = startsAt[phrase.get().first()];
                if (person == null || agrees(person, wanted)) {
                    return Optional.of(Optional.of(named));
                }
                continue;
            }
            boolean spokesperson = false;
            for (int i = phrase.get().first(); i <= phrase.get().last(); i++) {
                spokesperson |= SOURCE_NOUNS.contains(tokens.get(i).text());
            }
            return spokesperson ? Optional.of(Optional.of(named)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** "A spokesman for the agency, Dean Boyd, said": the person the spokesman is, named beside him, or null. */
    private Entity namedRightAfter(int v) {
        for (int j = v + 1; j < tokens.size() && j <= v + 12 && tokens.get(j).sentence() == tokens.get(v).sentence(); j++) {
            if (startsAt[j] != null && startsAt[j].type() == EntityType.PERSON) {
                return tokens.get(j - 1).is(",") || j == v + 1 ? startsAt[j] : null;
            }
            if (isVerb(j)) {
                return null;
            }
        }
        return null;
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
