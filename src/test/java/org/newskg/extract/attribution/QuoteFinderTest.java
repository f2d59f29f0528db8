package org.newskg.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestArticles;
import org.newskg.article.Article;
import org.newskg.extract.model.Quote;
import org.newskg.extract.model.QuoteKind;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.SentenceSplitter;
import org.newskg.extract.text.Span;
import org.newskg.extract.text.Tokenizer;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    private QuoteFinder.Result find(String body) {
        Article a = TestArticles.body(body);
        List<Sentence> s = new SentenceSplitter().split(a);
        return finder.find(a, s, new Tokenizer().tokenize(a, s));
    }

    private List<String> texts(String body) {
        return find(body).quotes().stream().map(Quote::text).toList();
    }

    @Test
    void findsStraightAndCurlyQuotesWithoutTheirMarks() {
        assertEquals(List.of("We\u2019re just left in a void", "It's a real shame for everyone here"),
                texts("\u201CWe\u2019re just left in a void,\u201D said Ann. \"It's a real shame for everyone here,\" she added."));
    }

    @Test
    void theQuoteSpanPointsAtTheWords() {
        Article a = TestArticles.body("He said \u201Cthe door was open to all.\u201D");
        List<Sentence> s = new SentenceSplitter().split(a);
        Quote q = finder.find(a, s, new Tokenizer().tokenize(a, s)).quotes().get(0);
        assertEquals(new Span(TestArticles.at(a, "the door"), TestArticles.at(a, "\u201D")), q.span());
        assertEquals(QuoteKind.DIRECT, q.kind());
    }

    @Test
    void aScareQuoteIsNoStatement() {
        assertEquals(List.of(), texts("The arrests are part of a \"Safe City\" operation and a \"mass day of action.\""));
    }

    @Test
    void aShortQuoteWithASpeechVerbIsAStatement() {
        assertEquals(List.of("we must move now"), texts("Okafor insisted that \"we must move now\" to save it."));
    }

    @Test
    void aQuoteRunsOnWhenTheNextParagraphOpensWithAQuotationMark() {
        assertEquals(List.of("This is the first part of a long statement about the case.", "And this is the end"),
                texts("\u201CThis is the first part of a long statement about the case.\n\n\u201CAnd this is the end,\u201D she said."));
    }

    @Test
    void anUnbalancedQuotationMarkIsReportedNotGuessed() {
        QuoteFinder.Result r = find("He said \"this never closes and goes on.\n\nNext paragraph here.");
        assertEquals(List.of(), r.quotes());
        assertEquals(1, r.diagnostics().size());
        assertEquals("unbalanced quotation mark: opened and never closed in its paragraph", r.diagnostics().get(0).message());
    }

    @Test
    void aQuoteLeftOpenWhenParagraphsRunTogetherEndsWhereTheNextOpens() {
        assertEquals(List.of("It cost us the game against Wales but it has improved.", "It was better in the second half."),
                texts("\"It cost us the game against Wales but it has improved. \"It was better in the second half.\""));
    }

    @Test
    void aStraightMarkBeforeAWordOpensAndAfterAWordCloses() {
        assertEquals(List.of("We will not stop now", "This fight goes on for years"),
                texts("\"We will not stop now,\" she said and he added: \"This fight goes on for years\"."));
    }
}
