package org.newskg.extract.text;

import java.util.List;
import org.newskg.article.Article;

/**
 * The text stage: sentences, the tokens of each, and part-of-speech tags on demand. The tagging
 * model is read once per process, on a thread of its own from the moment an analyzer is made,
 * so that the caller's start-up (opening a dataset, listing inputs) overlaps the second it
 * takes; the first analysis waits for it. Safe to share between threads.
 */
public final class TextAnalyzer {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();

    public TextAnalyzer() {
        PartOfSpeech.readInBackground();
    }

    public AnalyzedText analyze(Article article) {
        List<Sentence> sentences = splitter.split(article);
        return new AnalyzedText(article, sentences, tokenizer.tokenize(article, sentences), PartOfSpeech.load());
    }
}
