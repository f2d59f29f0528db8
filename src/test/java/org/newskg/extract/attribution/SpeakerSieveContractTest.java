package org.newskg.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.article.Article;
import org.newskg.extract.ExtractionFixture;
import org.newskg.extract.model.Attribution;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.Quote;
import org.newskg.extract.text.AnalyzedText;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.Token;

/** The contract every sieve keeps, run against each sieve with a text it should resolve. */
@ParameterizedClass(name = "{0}")
@MethodSource("sieves")
class SpeakerSieveContractTest {
    private static final ExtractionFixture FX = new ExtractionFixture();

    @Parameter(0)
    SpeakerSieve sieve;

    @Parameter(1)
    String resolvable;

    static Stream<Arguments> sieves() {
        return Stream.of(
                Arguments.of(new TrailingCueSieve(), "\u201CThe vote was rigged from the start,\u201D said Ann Lee."),
                Arguments.of(new LeadingCueSieve(), "Ann Lee said: \u201CThe vote was rigged from the start.\u201D"),
                Arguments.of(new SameParagraphSieve(),
                        "\u201CWe lost the vote today,\u201D Ann Lee said. \u201CThe vote was rigged from the start.\u201D"),
                Arguments.of(new PreviousParagraphSieve(), "Ann Lee said:\n\n\u201CThe vote was rigged from the start.\u201D"),
                Arguments.of(new PairedQuoteSieve(),
                        "\u201CThe vote was rigged from the start\u201D and \u201Cwe will appeal,\u201D Ann Lee said."));
    }

    /**
     * Offers the sieve the quote that starts "The vote was rigged", with every other quote of the
     * text attributed by the trailing-cue sieve first.
     */
    private Optional<Attribution> attributeTarget(String body) {
        AnalyzedText text = FX.analyze(body);
        Article a = text.article();
        List<Sentence> sentences = text.sentences();
        List<Token> tokens = text.tokens();
        List<Entity> entities = FX.entities(body);
        List<Quote> quotes = new QuoteFinder().find(a, sentences, tokens).quotes();
        SpeakerLocator locator = new SpeakerLocator(text, entities);
        Quote target = quotes.stream().filter(q -> q.text().startsWith("The vote was rigged")).findFirst().orElseThrow();
        List<Quote> others = new ArrayList<>();
        for (Quote q : quotes) {
            if (q != target) {
                AttributionContext cx = new AttributionContext(a.text(), sentences, locator, List.of());
                others.add(new TrailingCueSieve().attribute(q, cx).map(q::attributed).orElse(q));
            }
        }
        return sieve.attribute(target, new AttributionContext(a.text(), sentences, locator, others));
    }

    @Test
    void namesTheSpeakerAndRecordsItself() {
        Attribution a = attributeTarget(resolvable).orElseThrow();
        assertEquals("Ann Lee", a.speaker().name());
        assertEquals(sieve.name(), a.sieve());
    }

    @Test
    void leavesAQuoteWithNoCueAlone() {
        assertEquals(Optional.empty(), attributeTarget("\u201CThe vote was rigged from the start.\u201D"));
    }

    @Test
    void hasALowerCaseHyphenatedName() {
        assertTrue(sieve.name().matches("[a-z]+(-[a-z]+)*"), sieve.name());
    }
}
