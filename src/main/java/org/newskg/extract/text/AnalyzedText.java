package org.newskg.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newskg.article.Article;

/**
 * An article cut into sentences and tokens: what every later stage reads.
 *
 * @param article   the article
 * @param sentences its sentences, the headline first
 * @param tokens    the tokens of every sentence, in text order
 */
public record AnalyzedText(Article article, List<Sentence> sentences, List<Token> tokens) {
    public AnalyzedText {
        Objects.requireNonNull(article, "article may not be null");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }

    /** The article text every span points into. */
    public String text() {
        return article.text();
    }

    /** The tokens of each sentence, by sentence index. */
    public List<List<Token>> bySentence() {
        List<List<Token>> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (Token t : tokens) {
            out.get(t.sentence()).add(t);
        }
        return out;
    }
}
