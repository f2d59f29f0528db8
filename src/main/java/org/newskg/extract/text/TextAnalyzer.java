package org.newskg.extract.text;

import org.newskg.article.Article;

/** The text stage: sentences, then the tokens of each. Safe to share between threads. */
public final class TextAnalyzer {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();

    public AnalyzedText analyze(Article article) {
        var sentences = splitter.split(article);
        return new AnalyzedText(article, sentences, tokenizer.tokenize(article, sentences));
    }
}
