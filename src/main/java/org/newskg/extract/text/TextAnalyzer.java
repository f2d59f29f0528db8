package org.newskg.extract.text;

import java.util.List;
import org.newskg.article.Article;

/**
 * The text stage: sentences, the tokens of each, and part-of-speech tags on demand. The tagging
 * model is read once, here; safe to share between threads.
 */
public final class TextAnalyzer {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();
    private final PartOfSpeech pos = PartOfSpeech.load();

    public AnalyzedText analyze(Article article) {
        List<Sentence> sentences = splitter.split(article);
        return new AnalyzedText(article, sentences, tokenizer.tokenize(article, sentences), pos);
    }
}
