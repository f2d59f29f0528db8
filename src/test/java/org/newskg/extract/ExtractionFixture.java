package org.newskg.extract;

import java.util.List;
import org.newskg.TestArticles;
import org.newskg.article.Article;

/** Runs the early stages on literal text, for the tests of later stages. */
final class ExtractionFixture {
    final MentionFinder finder = new MentionFinder(PlaceGazetteer.load(), OrganizationGazetteer.load(), NameLexicon.load());
    final ExtractionPipeline pipeline = ExtractionPipeline.create().mentionFinder(finder).build();

    record Prepared(Article article, List<Sentence> sentences, List<Token> tokens) {
    }

    Prepared prepare(Article a) {
        List<Sentence> sentences = new SentenceSplitter().split(a);
        return new Prepared(a, sentences, new Tokenizer().tokenize(a, sentences));
    }

    List<EntityMention> mentions(String body) {
        Prepared p = prepare(TestArticles.body(body));
        return finder.find(p.article(), p.sentences(), p.tokens());
    }

    Extraction extract(String body) {
        return pipeline.extract(TestArticles.body(body));
    }

    Extraction extract(String headline, String body) {
        return pipeline.extract(TestArticles.of(headline, body));
    }
}
