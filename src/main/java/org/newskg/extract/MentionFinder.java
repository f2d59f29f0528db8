package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.article.Article;

/**
 * Finds the mentions of persons, organizations and places: runs of capitalised words typed by
 * general evidence, in this order: titles before a name ("Sgt. Tom Smith"), the organization
 * gazetteer and acronyms, the place gazetteer, organization heads and nouns ("Chase Bank",
 * "a Latin Kings gang"), first names, speech verbs, appositions and role nouns next to the name.
 * A second pass types single words the first pass left open: a surname of a person found, an
 * acronym of an organization found, a place named by another rule.
 *
 * <p>Reads the article, its sentences and tokens; returns the mentions in text order.
 */
public final class MentionFinder {
    private final ChunkFinder chunks = new ChunkFinder();
    private final ChunkClassifier classifier;

    public MentionFinder(PlaceGazetteer places, OrganizationGazetteer organizations, NameLexicon names) {
        this.classifier = new ChunkClassifier(places, organizations, names);
    }

    /** The mentions in the article, in text order, none overlapping another. */
    public List<EntityMention> find(Article article, List<Sentence> sentences, List<Token> tokens) {
        String text = article.text();
        Set<String> lowerWords = lowerCaseWords(tokens);
        List<List<Token>> sentenceTokens = bySentence(tokens, sentences.size());
        ChunkClassifier.Context context = new ChunkClassifier.Context(text, lowerWords, isTitleCase(tokens),
                describedAsOrganizations(sentenceTokens, text));
        Map<Span, EntityMention> found = new TreeMap<>();
        List<Chunk> open = new ArrayList<>();
        for (List<Token> sentence : sentenceTokens) {
            for (Chunk chunk : chunks.find(sentence)) {
                List<EntityMention> typed = classifier.classify(chunk, context);
                if (typed == null) {
                    open.add(chunk);
                } else {
                    typed.stream().filter(m -> !onlyTitles(m)).forEach(m -> found.putIfAbsent(m.span(), m));
                }
            }
        }
        surnamesNotCities(found);
        KnownNames firstPass = new KnownNames(List.copyOf(found.values()));
        for (Chunk chunk : open) {
            resolveOpen(chunk, text, firstPass).filter(m -> !onlyTitles(m)).ifPresent(m -> found.putIfAbsent(m.span(), m));
        }
        return withoutOverlaps(found.values());
    }

    /**
     * A chunk the first pass could not type: the surname of a person, the acronym or short name of
     * an organization, or the name of a place found elsewhere in the article.
     */
    private Optional<EntityMention> resolveOpen(Chunk chunk, String text, KnownNames known) {
        if (chunk.size() >= 2 && chunk.size() <= 3 && chunk.tokens().stream().allMatch(Token::isCapitalized)
                && !CommonWords.WORDS.contains(lower(chunk.first().text()))) {
            String surname = chunk.last().text();
            if (known.personNames.contains(surname)) {
                return Optional.of(mention(chunk, text, EntityType.PERSON, chunk.text(text), "surname-of-person",
                        Optional.empty()));
            }
        }
        Chunk c = chunk;
        while (c.size() > 1 && (ChunkFinder.isConnector(c.first()) || c.startsSentence() && c == chunk)) {
            c = c.sub(1, c.size());
        }
        String name = c.text(text);
        int first = Integer.MAX_VALUE;
        if (c.size() == 1) {
            first = Math.min(first, known.bySurname.getOrDefault(name, Integer.MAX_VALUE));
            if (AcronymLib.isAcronym(name)) {
                first = Math.min(first, known.byAcronym.getOrDefault(name.replace(".", ""), Integer.MAX_VALUE));
            }
        }
        first = Math.min(first, (c.size() > 1 ? known.byName : known.byNameNotPerson).getOrDefault(name, Integer.MAX_VALUE));
        if (first == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        EntityMention m = known.mentions.get(first);
        if (m.type() == EntityType.PERSON && c.size() == 1 && !m.name().equals(name) && m.name().endsWith(" " + name)) {
            return Optional.of(mention(c, text, EntityType.PERSON, m.name(), "surname", Optional.empty()));
        }
        if (m.type() == EntityType.ORGANIZATION && c.size() == 1 && AcronymLib.isAcronym(name)
                && AcronymLib.initialsMatch(m.name(), name)) {
            return Optional.of(mention(c, text, EntityType.ORGANIZATION, m.name(), "acronym", Optional.empty()));
        }
        return Optional.of(mention(c, text, m.type(), m.name(), "same-name", m.place()));
    }

    /**
     * The mentions the first pass typed, indexed so that each open chunk is looked up rather than
     * compared with every one of them: the first mention (in text order) for a surname, an
     * acronym and a name.
     */
    private static final class KnownNames {
        final List<EntityMention> mentions;
        final Set<String> personNames = new HashSet<>();
        final Map<String, Integer> bySurname = new HashMap<>();
        final Map<String, Integer> byAcronym = new HashMap<>();
        final Map<String, Integer> byName = new HashMap<>();
        final Map<String, Integer> byNameNotPerson = new HashMap<>();

        KnownNames(List<EntityMention> mentions) {
            this.mentions = mentions;
            for (int i = 0; i < mentions.size(); i++) {
                EntityMention m = mentions.get(i);
                byName.putIfAbsent(m.name(), i);
                if (m.type() == EntityType.PERSON) {
                    personNames.add(m.name());
                    if (m.name().contains(" ")) {
                        bySurname.putIfAbsent(m.name().substring(m.name().lastIndexOf(' ') + 1), i);
                    }
                } else {
                    byNameNotPerson.putIfAbsent(m.name(), i);
                }
                if (m.type() == EntityType.ORGANIZATION) {
                    for (String a : AcronymLib.acronymsOf(m.name())) {
                        byAcronym.putIfAbsent(a, i);
                    }
                }
            }
        }
    }

    /** A one-word city that is the surname of a person the article names in full is that person ("Ford" beside "Ann Ford"). */
    private static void surnamesNotCities(Map<Span, EntityMention> found) {
        Set<String> surnames = new HashSet<>();
        for (EntityMention m : found.values()) {
            if (m.type() == EntityType.PERSON && m.name().contains(" ")) {
                surnames.add(m.name().substring(m.name().lastIndexOf(' ') + 1));
            }
        }
        found.replaceAll((span, m) -> m.type() == EntityType.PLACE && m.place().orElseThrow().kind() == PlaceKind.CITY
                && surnames.contains(m.text())
                ? new EntityMention(m.span(), m.text(), EntityType.PERSON, m.text(), "surname", Optional.empty()) : m);
    }

    /**
     * A mention of the chunk's words; a person's honorifics and titles ("Mr", "Dr", "Senator",
     * "Deputy Police Commissioner", "Democrat", an agency's acronym before a title) are left out
     * of both the words and the name, so that "Mr Howard" is Howard and joins "Michael Howard".
     */
    static EntityMention mention(Chunk c, String text, EntityType type, String name, String rule, Optional<Place> place) {
        if (type == EntityType.PERSON) {
            List<String> words = new ArrayList<>();
            c.tokens().forEach(t -> words.add(t.text()));
            int skip = EntityWords.namePrefixLength(words);
            c = skip > 0 ? c.sub(skip, c.size()) : c;
            name = withoutHonorifics(name);
        }
        return new EntityMention(c.span(), c.text(text), type, name, rule, place);
    }

    /**
     * A person "named" by titles alone ("Lieutenant Governor", "the Senator") or, once its
     * titles are off, by a plural noun for people ("Lib Dem MPs"): no name at all.
     */
    private static boolean onlyTitles(EntityMention m) {
        if (m.type() != EntityType.PERSON) {
            return false;
        }
        String last = m.name().substring(m.name().lastIndexOf(' ') + 1);
        if (PersonEvidence.isGroupOrTitle(last) && (!m.name().contains(" ") || last.endsWith("s"))) {
            return true;
        }
        for (String w : m.text().split(" ")) {
            if (!EntityWords.isNamePrefix(w)) {
                return false;
            }
        }
        return true;
    }

    /** The name without the honorifics and titles it starts with. */
    static String withoutHonorifics(String name) {
        List<String> words = List.of(name.split(" "));
        int skip = EntityWords.namePrefixLength(words);
        return skip == 0 ? name : String.join(" ", words.subList(skip, words.size()));
    }

    private static List<EntityMention> withoutOverlaps(Iterable<EntityMention> mentions) {
        List<EntityMention> sorted = new ArrayList<>();
        mentions.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt((EntityMention m) -> -m.span().length()).thenComparing(EntityMention::span));
        List<EntityMention> kept = new ArrayList<>();
        TreeMap<Integer, List<EntityMention>> keptByBegin = new TreeMap<>();
        int longest = 0;
        for (EntityMention m : sorted) {
            boolean blocked = false;
            for (List<EntityMention> near : keptByBegin.subMap(m.span().begin() - longest, true, m.span().end(), false).values()) {
                blocked |= near.stream().anyMatch(k -> k.span().overlaps(m.span())
                        && !(k.type() != m.type() && k.span().contains(m.span())));
            }
            if (!blocked) {
                kept.add(m);
                keptByBegin.computeIfAbsent(m.span().begin(), b -> new ArrayList<>()).add(m);
                longest = Math.max(longest, m.span().length());
            }
        }
        kept.sort(Comparator.comparing(EntityMention::span));
        return List.copyOf(kept);
    }

    private static List<List<Token>> bySentence(List<Token> tokens, int sentences) {
        List<List<Token>> out = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            out.add(new ArrayList<>());
        }
        for (Token t : tokens) {
            out.get(t.sentence()).add(t);
        }
        return out;
    }

    /** Names that follow a noun for a kind of organization somewhere in the article ("banking giant Citigroup"). */
    private Set<String> describedAsOrganizations(List<List<Token>> sentences, String text) {
        Set<String> names = new HashSet<>();
        for (List<Token> sentence : sentences) {
            for (Chunk c : chunks.find(sentence)) {
                Token before = c.before(1);
                if (before != null && ChunkClassifier.ORGANIZATION_INTRODUCERS.contains(before.text())) {
                    names.add(c.text(text));
                }
            }
        }
        return names;
    }

    /** The words the article writes in lower case somewhere: such a word capitalised is no name. */
    private static Set<String> lowerCaseWords(List<Token> tokens) {
        Set<String> lower = new HashSet<>();
        for (Token t : tokens) {
            if (t.isWord() && Character.isLowerCase(t.text().codePointAt(0))) {
                lower.add(t.text());
            }
        }
        return lower;
    }

    /** Whether the headline is in Title Case, where capitals say nothing about names. */
    private static boolean isTitleCase(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (t.sentence() != 0) {
                break;
            }
            if (t.isWord() && t.text().length() > 3) {
                words++;
                if (t.isCapitalized()) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 8;
    }

    static String lower(String s) {
        return Objects.requireNonNull(s).toLowerCase(Locale.ROOT);
    }
}
