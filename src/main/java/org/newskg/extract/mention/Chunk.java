package org.newskg.extract.mention;

import java.util.List;
import org.newskg.extract.text.Span;
import org.newskg.extract.text.Token;

/**
 * A run of capitalised tokens in one sentence, the raw material of a name.
 *
 * @param tokens   the run's tokens, at least one
 * @param sentence all tokens of its sentence
 * @param start    the index of the run's first token in {@code sentence}
 */
record Chunk(List<Token> tokens, List<Token> sentence, int start) {
    Chunk {
        tokens = List.copyOf(tokens);
        sentence = List.copyOf(sentence);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a chunk needs a token");
        }
    }

    int end() {
        return start + tokens.size();
    }

    Span span() {
        return new Span(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
    }

    String text(String articleText) {
        return span().of(articleText);
    }

    Token first() {
        return tokens.get(0);
    }

    Token last() {
        return tokens.get(tokens.size() - 1);
    }

    int size() {
        return tokens.size();
    }

    /** The part {@code [from, to)} of this chunk, as a chunk. */
    Chunk sub(int from, int to) {
        return new Chunk(tokens.subList(from, to), sentence, start + from);
    }

    /** The sentence token {@code offset} places after the chunk's end (0 = the one right after). */
    Token after(int offset) {
        int i = end() + offset;
        return i < sentence.size() ? sentence.get(i) : null;
    }

    /** The sentence token {@code offset} places before the chunk (1 = right before). */
    Token before(int offset) {
        int i = start - offset;
        return i >= 0 ? sentence.get(i) : null;
    }

    /** Whether the chunk starts its sentence (only punctuation before it). */
    boolean startsSentence() {
        for (int i = 0; i < start; i++) {
            if (sentence.get(i).isWord()) {
                return false;
            }
        }
        return true;
    }
}
