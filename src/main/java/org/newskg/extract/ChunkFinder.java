package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds runs of capitalised words in a sentence, joined by the small words that names contain
 * ("Immigration and Customs Enforcement", "Chamber of Commerce", "Ludwig van Beethoven"). A
 * possessive, punctuation or any other lower-case word ends a run.
 */
final class ChunkFinder {
    private static final Set<String> CONNECTORS = Set.of(
            "of", "and", "for", "de", "del", "da", "van", "von", "der", "la", "le", "bin", "al", "&");

    List<Chunk> find(List<Token> sentence) {
        List<Chunk> chunks = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            if (!isNameToken(sentence.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (true) {
                if (j + 1 < sentence.size() && isNameToken(sentence.get(j + 1))) {
                    j++;
                } else if (j + 2 < sentence.size() && CONNECTORS.contains(sentence.get(j + 1).text())
                        && isNameToken(sentence.get(j + 2))) {
                    j += 2;
                } else if (j + 3 < sentence.size() && sentence.get(j + 1).is("of") && sentence.get(j + 2).is("the")
                        && isNameToken(sentence.get(j + 3))) {
                    j += 3;
                } else if (j + 2 < sentence.size() && sentence.get(j + 1).is("on") && isNameToken(sentence.get(j + 2))
                        && EntityWords.ORGANIZATION_HEADS.contains(sentence.get(j).text())) {
                    j += 2;
                } else {
                    break;
                }
            }
            chunks.add(new Chunk(sentence.subList(i, j + 1), sentence, i));
            i = j + 1;
        }
        return chunks;
    }

    static boolean isConnector(Token t) {
        return CONNECTORS.contains(t.text()) || t.is("the");
    }

    /** Whether token {@code i} is the first word of its sentence (only punctuation before it). */
    static boolean isSentenceStart(List<Token> sentence, int i) {
        for (int j = 0; j < i; j++) {
            if (sentence.get(j).isWord()) {
                return false;
            }
        }
        return true;
    }

    static boolean isNameToken(Token t) {
        return t.isWord() && t.isCapitalized() && !EntityWords.NEVER_NAMES.contains(t.text());
    }
}
