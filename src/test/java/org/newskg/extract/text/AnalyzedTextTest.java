package org.newskg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestArticles;

class AnalyzedTextTest {
    private static final TextAnalyzer TEXT = new TextAnalyzer();

    private static String tagged(AnalyzedText t, int sentence) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.tokens().size(); i++) {
            if (t.tokens().get(i).sentence() == sentence) {
                b.append(b.length() > 0 ? " " : "").append(t.tokens().get(i).text()).append('/').append(t.tag(i));
            }
        }
        return b.toString();
    }

    @Test
    void tagsNumeralsNounsAndVerbsInPennTreebankTags() {
        AnalyzedText t = TEXT.analyze(TestArticles.body("Police said officers in Hull had arrested 14 men."));
        assertEquals("Police/NNS said/VBD officers/NNS in/IN Hull/NNP had/VBD arrested/VBN 14/CD men/NNS ./.", tagged(t, 1));
    }

    @Test
    void aReportingWordAfterAVerbIsANoun() {
        AnalyzedText t = TEXT.analyze(TestArticles.body(
                "Union leader Ann Ford renewed calls for a public inquiry into the closures, warning of delays."));
        assertEquals("VBD", t.tag(indexOf(t, "renewed")));
        assertEquals("NNS", t.tag(indexOf(t, "calls")));
    }

    @Test
    void curlyQuotesAreWrittenAsTheTreebankWritesThem() {
        AnalyzedText t = TEXT.analyze(TestArticles.body("She said: \u201CWe will stay.\u201D"));
        assertEquals("``", t.tag(indexOf(t, "\u201C")));
        assertEquals("''", t.tag(indexOf(t, "\u201D")));
    }

    @Test
    void onlyTheWordsAskedAboutAreTagged() {
        AnalyzedText t = TEXT.analyze(TestArticles.body("Rain fell all day. The river rose. Roads were shut."));
        assertEquals(0, t.taggedTokens());
        assertEquals("VBD", t.tag(indexOf(t, "rose")));
        t.tag(indexOf(t, "rose"));
        assertEquals(1, t.taggedTokens());
        assertEquals(List.of("The", "river", "rose", "."), t.bySentence().get(2).stream().map(Token::text).toList());
    }

    @Test
    void aTokenOfAnotherTextHasNoTag() {
        AnalyzedText t = TEXT.analyze(TestArticles.body("Rain fell."));
        Token stranger = new Token(new Span(500, 504), "snow", 1);
        assertThrows(IllegalArgumentException.class, () -> t.tag(stranger));
    }

    private static int indexOf(AnalyzedText t, String word) {
        for (int i = 0; i < t.tokens().size(); i++) {
            if (t.tokens().get(i).is(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + t.tokens());
    }
}
