package org.newskg.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import opennlp.tools.postag.POSTaggerME;
import org.newskg.article.Article;

/**
 * An article cut into sentences and tokens, with part-of-speech tags on demand: a token is
 * tagged the first time a stage asks for its tag (from the words around it), so only the words
 * a rule looks at cost tagging time. Belongs to one thread, like the extraction of one article.
 */
public final class AnalyzedText {
    private final Article article;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final int[] sentenceStart;
    private final PartOfSpeech pos;
    private final String[] tags;
    private final List<List<String>> treebankWords;
    private POSTaggerME tagger;
    private int tagged;

    AnalyzedText(Article article, List<Sentence> sentences, List<Token> tokens, PartOfSpeech pos) {
        this.article = Objects.requireNonNull(article, "article may not be null");
        this.sentences = List.copyOf(sentences);
        this.tokens = List.copyOf(tokens);
        this.pos = Objects.requireNonNull(pos, "a part-of-speech model is required");
        this.tags = new String[tokens.size()];
        this.sentenceStart = new int[sentences.size() + 1];
        Arrays.fill(sentenceStart, tokens.size());
        for (int i = tokens.size() - 1; i >= 0; i--) {
            sentenceStart[tokens.get(i).sentence()] = i;
        }
        for (int s = sentences.size() - 1; s >= 0; s--) {
            sentenceStart[s] = Math.min(sentenceStart[s], sentenceStart[s + 1]);
        }
        this.treebankWords = new ArrayList<>(Collections.nCopies(sentences.size(), null));
    }

    public Article article() {
        return article;
    }

    /** The sentences, the headline first. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The tokens of every sentence, in text order. */
    public List<Token> tokens() {
        return tokens;
    }

    /** The article text every span points into. */
    public String text() {
        return article.text();
    }

    /** The tokens of each sentence, by sentence index. */
    /** The index in {@link #tokens()} of the sentence's first token (the token count when it has none). */
    public int firstTokenOf(int sentence) {
        return sentenceStart[sentence];
    }

    public List<List<Token>> bySentence() {
        List<List<Token>> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            out.add(tokens.subList(sentenceStart[s], sentenceStart[s + 1]));
        }
        return out;
    }

    /** The Penn Treebank tag of the token at {@code index} of {@link #tokens()} ("NNP", "VBD", "CD"...). */
    public String tag(int index) {
        if (tags[index] == null) {
            int s = tokens.get(index).sentence();
            if (tagger == null) {
                tagger = pos.newTagger();
            }
            tags[index] = pos.tag(tagger, treebankWords(s), index - sentenceStart[s]);
            tagged++;
        }
        return tags[index];
    }

    /**
     * Whether the token's tag passes the test ({@code t -> t.startsWith("VB")}): answered from the
     * model's tag dictionary without tagging when every tag it allows the word answers alike.
     */
    public boolean tagIs(int index, Predicate<String> test) {
        if (tags[index] == null) {
            String[] allowed = pos.allowedTags(treebankWords(tokens.get(index).sentence()).get(index
                    - sentenceStart[tokens.get(index).sentence()]));
            if (allowed != null && allowed.length > 0) {
                boolean first = test.test(allowed[0]);
                boolean alike = true;
                for (String a : allowed) {
                    alike &= test.test(a) == first;
                }
                if (alike) {
                    return first;
                }
            }
        }
        return test.test(tag(index));
    }

    /** {@link #tagIs(int, Predicate)} for a token of this text. */
    public boolean tagIs(Token token, Predicate<String> test) {
        return tagIs(indexOrThrow(token), test);
    }

    /** The tag of a token of this text, found by its position. */
    public String tag(Token token) {
        return tag(indexOrThrow(token));
    }

    private int indexOrThrow(Token token) {
        int i = indexOf(token);
        if (i < 0) {
            throw new IllegalArgumentException("token " + token + " is not of this text");
        }
        return i;
    }

    /** The index of the token in {@link #tokens()}, or -1. */
    public int indexOf(Token token) {
        int i = Words.tokenAt(tokens, token.span().begin());
        return i >= 0 && tokens.get(i).span().begin() == token.span().begin() ? i : -1;
    }

    /** How many tokens have been tagged so far. */
    public int taggedTokens() {
        return tagged;
    }

    private List<String> treebankWords(int s) {
        List<String> words = treebankWords.get(s);
        if (words == null) {
            words = new ArrayList<>();
            boolean open = true;
            for (int i = sentenceStart[s]; i < sentenceStart[s + 1]; i++) {
                String w = tokens.get(i).text();
                words.add(PartOfSpeech.treebankWord(w, open));
                if (w.equals("\"")) {
                    open = !open;
                }
            }
            treebankWords.set(s, words);
        }
        return words;
    }
}
