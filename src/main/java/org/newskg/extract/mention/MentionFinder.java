package org.newskg.extract.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.extract.lexicon.AcronymLib;
import org.newskg.extract.lexicon.EntityWords;
import org.newskg.extract.lexicon.Lexicons;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.text.AnalyzedText;
import org.newskg.extract.text.Span;
import org.newskg.extract.text.Token;
import org.newskg.extract.text.Words;

/**
 * Finds the mentions of persons, organizations and places: runs of capitalised words typed by
 * general evidence, in this order: titles before a name ("Sgt. Tom Smith"), the organization
 * gazetteer and acronyms, the place gazetteer, organization heads and nouns ("Chase Bank",
 * "a Latin Kings gang"), first names, speech verbs, appositions and role nouns next to the name.
 * What no evidence types is left open for {@link Coreference}.
 */
public final class MentionFinder {
    /** What a business has and a person does not: "shares in X", "X's profits". */
    private static final Set<String> BUSINESS_NOUNS = Set.of("shares", "stake", "profits", "profit", "sales", "revenues",
            "revenue", "earnings", "shareholders", "subsidiary", "subsidiaries", "turnover", "takeover", "stock");

    private final ChunkFinder chunks;
    private final ChunkClassifier classifier;
    private final Lexicons lexicons;

    MentionFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.chunks = new ChunkFinder(lexicons.names());
        this.classifier = new ChunkClassifier(lexicons.places(), lexicons.organizations(), lexicons.names());
    }

    /**
     * The mentions the chunks' own evidence types, keyed by span, and the chunks it leaves open
     * for {@link Coreference} to type by the names found.
     */
    Candidates find(AnalyzedText at) {
        String text = at.text();
        List<Token> tokens = at.tokens();
        Set<String> lowerWords = lowerCaseWords(tokens);
        List<List<Token>> sentenceTokens = at.bySentence();
        List<List<Chunk>> chunksBySentence = sentenceTokens.stream().map(chunks::find).toList();
        ChunkClassifier.Context context = new ChunkClassifier.Context(text, lowerWords, isTitleCase(tokens),
                describedAsOrganizations(chunksBySentence, text));
        Map<Span, EntityMention> found = new TreeMap<>();
        List<Chunk> open = new ArrayList<>();
        Set<String> laterInNames = laterWordsOfNames(sentenceTokens);
        laterInNames.addAll(context.describedAsOrganizations()); // "Kvarn said", opening a sentence, after "shares in Kvarn"
        for (List<Chunk> sentence : chunksBySentence) {
            for (Chunk whole : sentence.stream().flatMap(c -> atGivenName(c).stream()).toList()) {
                Chunk chunk = withoutOpeningNonName(whole, at, laterInNames);
                if (chunk == null) {
                    continue;
                }
                List<EntityMention> typed = classifier.classify(chunk, context);
                if (typed == null) {
                    open.add(chunk);
                } else {
                    typed.stream().filter(m -> !Mentions.onlyTitles(m) && !Mentions.namesAPost(m, lexicons.names()::isFirstName)
                                    && !Mentions.opensLowerCase(m) && !Mentions.titleOfAWork(m)
                                    && !Mentions.namesAThing(m))
                            .forEach(m -> found.putIfAbsent(m.span(), m));
                }
            }
        }
        return new Candidates(found, open);
    }

    /**
     * "told the BBC Ann Lee had ...", "told the BBC Mr Lee had ...": an organization's acronym the
     * gazetteer knows, run into a given name or an honorific and what follows, is two names: the
     * organization, then the person.
     */
    private List<Chunk> atGivenName(Chunk chunk) {
        String first = chunk.first().text();
        if (chunk.size() >= 3 && AcronymLib.isAcronym(first) && lexicons.organizations().find(first).isPresent()
                && (lexicons.names().isFirstName(chunk.sub(1, 2).first().text())
                || EntityWords.HONORIFICS.contains(chunk.sub(1, 2).first().text()))) {
            return List.of(chunk.sub(0, 1), chunk.sub(1, chunk.size()));
        }
        return List.of(chunk);
    }

    /**
     * A capitalised word that opens a sentence only because it opens it ("Traders", "Firstly",
     * "Paris-based"): a word the part-of-speech tagger calls no proper noun is no part of a name,
     * unless a lexicon knows it (a place, an organization, a given name, a demonym), it is an
     * acronym, or it names the street or building the chunk ends in ("Downing St", "Reading
     * Station"). The headline, often in title case, is left alone.
     */
    private Chunk withoutOpeningNonName(Chunk chunk, AnalyzedText at, Set<String> laterInNames) {
        String word = chunk.first().text();
        if (!chunk.startsSentence() || chunk.first().sentence() == 0 || AcronymLib.isAcronym(word) || laterInNames.contains(word)
                || lexicons.places().find(word).isPresent() || lexicons.organizations().find(word).isPresent()
                || lexicons.names().isFirstName(word) || lexicons.places().isDemonym(word)
                || chunk.size() > 1 && EntityWords.FACILITY_HEADS.contains(chunk.last().text())) {
            return chunk;
        }
        if (at.tagIs(chunk.first(), tag -> tag.startsWith("NNP"))) {
            return chunk;
        }
        return chunk.size() == 1 ? null : chunk.sub(1, chunk.size());
    }

    /**
     * What the first pass found.
     *
     * @param typed the typed mentions by span, in text order
     * @param open  the chunks no evidence typed, in text order
     */
    record Candidates(Map<Span, EntityMention> typed, List<Chunk> open) {
    }

    /**
     * Names the article speaks of as a business somewhere: after a noun for a kind of organization
     * ("banking giant Citigroup"), with shares or profits of their own ("shares in Kvarn", "Kvarn
     * shares fell", "Kvarn's profits"). A speaker of that name with no given name is the organization.
     */
    private static Set<String> describedAsOrganizations(List<List<Chunk>> chunksBySentence, String text) {
        Set<String> names = new HashSet<>();
        for (List<Chunk> sentence : chunksBySentence) {
            for (Chunk c : sentence) {
                Token before = c.before(1);
                Token after = c.after(0);
                Token owned = after != null && after.isPossessive() ? c.after(1) : null;
                if (before != null && EntityWords.ORGANIZATION_INTRODUCERS.contains(before.text())
                        || before != null && before.is("in") && c.before(2) != null && BUSINESS_NOUNS.contains(Words.lower(c.before(2).text()))
                        || after != null && after.is("shares")
                        || owned != null && BUSINESS_NOUNS.contains(owned.text())) {
                    names.add(c.text(text));
                }
            }
        }
        return names;
    }

    /**
     * Words the article writes after a given name or a title ("Okafor" of "Ann Okafor", "Dr
     * Okafor"): a surname, which opening a sentence ("Okafor said") is still that name, whatever
     * the tagger makes of it there.
     */
    private Set<String> laterWordsOfNames(List<List<Token>> sentences) {
        Set<String> words = new HashSet<>();
        for (List<Token> sentence : sentences) {
            for (int i = 1; i < sentence.size(); i++) {
                Token t = sentence.get(i);
                String before = sentence.get(i - 1).text();
                if (ChunkFinder.isNameToken(t) && t.text().indexOf('-') < 0
                        && (lexicons.names().isFirstName(before) || EntityWords.TITLES.contains(before))) {
                    words.add(t.text());
                }
            }
        }
        return words;
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

}
