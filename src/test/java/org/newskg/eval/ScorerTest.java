package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private final GoldArticle gold = new GoldArticle("a",
            List.of(new GoldItem("Jane Moss", List.of())),
            List.of(new GoldItem("West Yorkshire Police", List.of())),
            List.of(new GoldItem("Leeds", List.of()), new GoldItem("United States", List.of("US"))),
            List.of(new GoldCount(12, Optional.of("Leeds"), List.of()), new GoldCount(500, Optional.of("nationwide"), List.of()),
                    new GoldCount(7, Optional.empty(), List.of())),
            List.of(new GoldQuote("acted on information", "Jane Moss", List.of()),
                    new GoldQuote("it was revenge", "activists in Leeds", List.of("activists"))));

    private static Map<String, String> row(String... kv) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private ArticleScore score(List<Map<String, String>> persons, List<Map<String, String>> counts,
                               List<Map<String, String>> quotes) {
        return new Scorer().score(gold, Map.of("persons", persons, "organizations", List.of(), "places",
                List.of(row("name", "Leeds"), row("name", "leeds")), "arrest-counts", counts, "quotes", quotes));
    }

    @Test
    void theSameEntityUnderTwoNamesCostsAFalsePositive() {
        ArticleScore s = score(List.of(row("name", "Jane Moss"), row("name", "Moss"), row("name", "Jane Moss")), List.of(), List.of());
        assertEquals(new Tally(1, 1, 0), s.tally(Category.PERSONS));
        assertEquals(new Tally(1, 1, 1), s.tally(Category.PLACES));
        assertEquals(new Tally(0, 0, 1), s.tally(Category.ORGANIZATIONS));
    }

    @Test
    void countsMatchByNumberAndPlaceAndNationwideTakesTheCountry() {
        ArticleScore s = score(List.of(), List.of(row("count", "12", "place", "Leeds"), row("count", "12", "place", "Leeds"),
                row("count", "500", "place", "United States"), row("count", "7", "place", "Anywhere"),
                row("count", "9", "place", "")), List.of());
        assertEquals(new Tally(3, 1, 0), s.tally(Category.ARREST_COUNTS));
    }

    @Test
    void quotesAreFoundByTextAndAttributedBySpeaker() {
        ArticleScore s = score(List.of(), List.of(), List.of(
                row("speaker", "Moss", "text", "We acted on information from the public"),
                row("speaker", "Moss", "text", "acted on information"),
                row("speaker", "police", "text", "it was revenge for the raids"),
                row("speaker", "Moss", "text", "Something nobody annotated")));
        assertEquals(new Tally(2, 1, 0), s.tally(Category.QUOTES_FOUND));
        assertEquals(new Tally(1, 2, 1), s.tally(Category.QUOTES_ATTRIBUTED));
    }

    @Test
    void aQuotesSpeakerAliasesJoinTheGoldPersonsAliases() {
        GoldArticle withAlias = new GoldArticle("b", List.of(new GoldItem("Jane Moss", List.of())),
                List.of(new GoldItem("West Yorkshire Police", List.of())), List.of(), List.of(),
                List.of(new GoldQuote("acted on information", "Jane Moss", List.of("West Yorkshire Police"))));
        ArticleScore s = new Scorer().score(withAlias, Map.of("persons", List.of(), "organizations", List.of(), "places",
                List.of(), "arrest-counts", List.of(), "quotes",
                List.of(row("speaker", "West Yorkshire Police", "text", "We acted on information"))));
        assertEquals(new Tally(1, 0, 0), s.tally(Category.QUOTES_ATTRIBUTED));
    }

    @Test
    void precisionAndRecallFollowScorePy() {
        assertEquals(1.0, new Tally(0, 0, 0).f1());
        assertEquals(0.0, new Tally(0, 0, 3).precision());
        assertEquals(0.8, new Tally(4, 1, 1).f1(), 1e-9);
    }

    @Test
    void reportsRoundAsPythonDoes() {
        assertEquals("0.97", EvaluationReport.fixed(0.975, 2));
        assertEquals(0.975, EvaluationReport.round(0.97499999));
    }
}
