package org.newskg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestArticles;
import org.newskg.article.Article;

class TokenizerTest {
    private List<String> tokens(String body) {
        Article a = TestArticles.body(body);
        List<Sentence> s = new SentenceSplitter().split(a);
        return new Tokenizer().tokenize(a, s).stream().filter(t -> t.sentence() > 0).map(Token::text).toList();
    }

    @Test
    void splitsPossessivesAndKeepsInitialismsAndAbbreviations() {
        assertEquals(List.of("Trump", "\u2019s", "U.S.", "visa", ",", "Sgt.", "Pete", "Simpson", "'s", "view"),
                tokens("Trump\u2019s U.S. visa, Sgt. Pete Simpson's view"));
    }

    @Test
    void aMiddleInitialKeepsItsFullStopButALetterEndingASentenceDoesNot() {
        assertEquals(List.of("Lawyer", "Anna", "K.", "Berg", "chose", "plan", "B", "."),
                tokens("Lawyer Anna K. Berg chose plan B."));
    }

    @Test
    void keepsNumbersWithThousandsSeparatorsAndHyphenatedWords() {
        assertEquals(List.of("Bail", "was", "$", "5,000", "for", "a", "24-year-old", "and", "twenty-five", "others", "."),
                tokens("Bail was $5,000 for a 24-year-old and twenty-five others."));
    }

    @Test
    void everyTokenCoversItsOwnText() {
        Article a = TestArticles.body("\u201CIt\u2019s my country,\u201D she said from L.A. on CNN.com.");
        for (Token t : new Tokenizer().tokenize(a, new SentenceSplitter().split(a))) {
            assertEquals(t.text(), t.span().of(a.text()));
        }
    }
}
