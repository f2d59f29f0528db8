package org.newskg.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.lexicon.EntityWords;
import org.newskg.extract.lexicon.NameLexicon;
import org.newskg.extract.text.Token;

/**
 * Finds runs of capitalised words in a sentence, joined by the small words that names contain
 * ("Immigration and Customs Enforcement", "Chamber of Commerce", "Ludwig van Beethoven"). A
 * possessive, punctuation or any other lower-case word ends a run.
 */
public final class ChunkFinder {
    private static final Set<String> CONNECTORS = Set.of(
            "of", "and", "for", "de", "del", "da", "van", "von", "der", "la", "le", "bin", "al", "&");

    /** Capitalised first words of sentences that are no part of a name after them. */
    private static final Set<String> OPENERS = Set.of("But", "And", "So", "Yet", "Or", "Then", "Now", "Meanwhile", "However");

    private final NameLexicon names;

    /** A finder that knows given names, so that "Ann Lee of Nordic Freight" stays a person and an organization. */
    ChunkFinder(NameLexicon names) {
        this.names = names;
    }

    List<Chunk> find(List<Token> sentence) {
        List<Chunk> chunks = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            if (!isNameToken(sentence.get(i)) && !isPublicationDay(sentence, i)) {
                i++;
                continue;
            }
            int j = i;
            while (true) {
                if (j + 1 < sentence.size() && isNameToken(sentence.get(j + 1))) {
                    j++;
                } else if (j + 2 < sentence.size() && CONNECTORS.contains(sentence.get(j + 1).text())
                        && isNameToken(sentence.get(j + 2))
                        && !((sentence.get(j + 1).is("of") || sentence.get(j + 1).is("for")) && personalName(sentence, i, j))
                        && !(sentence.get(j + 1).is("and") && endsOrganizationName(sentence, i, j)
                            && j + 3 < sentence.size() && (isNameToken(sentence.get(j + 3))
                                || j + 4 < sentence.size() && isConnector(sentence.get(j + 3)) && isNameToken(sentence.get(j + 4))))) {
                    j += 2;
                } else if (j + 3 < sentence.size() && sentence.get(j + 1).is("of") && sentence.get(j + 2).is("the")
                        && isNameToken(sentence.get(j + 3)) && !personalName(sentence, i, j)) {
                    j += 3;
                } else if (j + 2 < sentence.size() && sentence.get(j + 1).is("on") && isNameToken(sentence.get(j + 2))
                        && EntityWords.ORGANIZATION_HEADS.contains(sentence.get(j).text())) {
                    j += 2;
                } else if (possessiveBeforeHead(sentence, j) > j) {
                    j = possessiveBeforeHead(sentence, j);
                } else {
                    break;
                }
            }
            chunks.add(new Chunk(sentence.subList(i, j + 1), sentence, i));
            i = j + 1;
        }
        return chunks;
    }

    /**
     * Whether the run from {@code i} to {@code j} is a person's name, which an "of" or "for" phrase
     * after it does not join ("Ann Lee for Harbour Radio"): a title and a name (below), or a given name and a surname ("Ann Lee of
     * Nordic Freight Review said" is a person and an organization). A run with an organization's
     * head in it is no person's ("Victoria University of Wellington"), nor one with a title after
     * the given name ("Mary Queen of Scots").
     */
    private boolean personalName(List<Token> sentence, int i, int j) {
        while (i < j && OPENERS.contains(sentence.get(i).text())) {
            i++; // "But Ann Lee of ...": the run began at the sentence's first word
        }
        if (titledName(sentence, i, j)) {
            return true;
        }
        if (j == i || j - i > 3 || !names.isFirstName(sentence.get(i).text())) {
            return false;
        }
        for (int m = i; m <= j; m++) {
            // "Mary Queen of Scots": a title inside the run makes the "of" phrase part of the name.
            if (EntityWords.ORGANIZATION_HEADS.contains(sentence.get(m).text()) || !sentence.get(m).isCapitalized()
                    || m > i && EntityWords.isNamePrefix(sentence.get(m).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the run from {@code i} to {@code j} is an organization's whole name, two words or
     * more ending in its head, which "and" joins to no more words when a name of two words or more
     * follows: "the Foreign Office and Harwell Laboratories" are two organizations ("Procter and
     * Gamble", "Department of Health and Social Care" have no head before their "and"; "Dunmore
     * Bank and Trust" is one).
     */
    private static boolean endsOrganizationName(List<Token> sentence, int i, int j) {
        return j > i && EntityWords.ORGANIZATION_HEADS.contains(sentence.get(j).text());
    }

    /**
     * Whether the run from {@code i} to {@code j} is a title and a name ("Captain Ann Lee", "Mr
     * Pike"), which an "of" phrase after it does not join: "Captain Ann Lee of the Leeds police"
     * is a person and a place, not one organization. A title alone keeps its "of" ("Secretary of
     * State"), and a run ending in an organization's head ("Police Department of ...") is no name.
     */
    private static boolean titledName(List<Token> sentence, int i, int j) {
        int k = i;
        while (k <= j && EntityWords.isNamePrefix(sentence.get(k).text())) {
            k++;
        }
        if (k == i || k > j) {
            return false;
        }
        for (int m = k; m <= j; m++) {
            if (EntityWords.ORGANIZATION_HEADS.contains(sentence.get(m).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the County State's Attorney's Office", "the Russian Prosecutor's Office": a possessive
     * inside an organization's name, when the words after it end in an organization head. The
     * index of that head, or {@code j}.
     */
    private static int possessiveBeforeHead(List<Token> sentence, int j) {
        int k = j;
        while (k + 2 < sentence.size() && sentence.get(k + 1).isPossessive() && isNameToken(sentence.get(k + 2))) {
            k += 2;
            while (k + 1 < sentence.size() && isNameToken(sentence.get(k + 1)) && k < j + 6) {
                k++;
            }
            if (EntityWords.ORGANIZATION_HEADS.contains(sentence.get(k).text())) {
                return k;
            }
        }
        return j;
    }

    /** "the Sunday Times", "the Sunday Business": a weekday that starts a publication's name. */
    private static boolean isPublicationDay(List<Token> sentence, int i) {
        return sentence.get(i).is("Sunday") && i > 0 && sentence.get(i - 1).is("the") && i + 1 < sentence.size()
                && isNameToken(sentence.get(i + 1));
    }

    static boolean isConnector(Token t) {
        return CONNECTORS.contains(t.text()) || t.is("the");
    }

    /** Whether token {@code i} is the first word of its sentence (only punctuation before it). */

    static boolean isNameToken(Token t) {
        return t.isWord() && t.isCapitalized() && !EntityWords.NEVER_NAMES.contains(t.text());
    }
}
