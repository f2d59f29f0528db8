package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.store.Discrepancies.CountFact;
import org.newskg.store.Discrepancies.Found;

class DiscrepanciesTest {
    private static final String LEEDS = "https://newskg.org/id/place/city/leeds";
    private static final String YORK = "https://newskg.org/id/place/city/york";
    private static final Optional<LocalDate> MAY_2 = Optional.of(LocalDate.of(2011, 5, 2));

    private static CountFact count(String article, int at, long n, String place, boolean nationwide, Optional<LocalDate> date) {
        return new CountFact("https://newskg.org/id/article/" + article + "/count/" + at, "https://newskg.org/id/article/" + article, n,
                place, nationwide, date, at);
    }

    private static List<String> kinds(List<Found> found) {
        return found.stream().map(Found::kind).toList();
    }

    @Test
    void aTotalAndAnUnplacedFigureATenthApartDifferAndOnesFarApartDoNot() {
        List<Found> found = Discrepancies.find(List.of(
                count("a", 10, 300, "", true, MAY_2),
                count("a", 90, 290, "", false, MAY_2),
                count("a", 200, 40, "", false, MAY_2)));
        assertEquals(List.of(Discrepancies.FIGURES_DIFFER), kinds(found));
        assertEquals("300 vs 290 in one article", found.get(0).description());
        assertEquals(List.of(290L, 300L), found.get(0).counts().stream().map(CountFact::count).sorted().toList());
    }

    @Test
    void figuresForTwoPlacesOrSmallOrEqualFiguresAreNoDiscrepancy() {
        assertEquals(List.of(), Discrepancies.find(List.of(
                count("a", 10, 100, LEEDS, false, MAY_2),
                count("a", 50, 95, YORK, false, MAY_2),
                count("a", 90, 9, "", false, MAY_2),
                count("a", 120, 8, "", false, MAY_2),
                count("a", 150, 100, LEEDS, false, MAY_2))));
    }

    @Test
    void placesAddingUpToMoreThanTheNationwideTotalAreFlaggedOnceEachPlaceAtItsLargest() {
        List<Found> found = Discrepancies.find(List.of(
                count("a", 10, 60, "", true, MAY_2),
                count("a", 40, 35, LEEDS, false, MAY_2),
                count("a", 80, 30, YORK, false, MAY_2),
                count("a", 120, 35, LEEDS, false, MAY_2)));
        assertEquals(List.of(Discrepancies.PARTS_EXCEED_TOTAL), kinds(found));
        assertEquals("figures for 2 places add up to 65, more than the total of 60", found.get(0).description());
        assertEquals(3, found.get(0).counts().size());
        assertEquals(List.of(), Discrepancies.find(List.of(
                count("b", 10, 70, "", true, MAY_2),
                count("b", 40, 35, LEEDS, false, MAY_2),
                count("b", 80, 30, YORK, false, MAY_2))));
    }

    @Test
    void twoArticlesDaysApartWithNoFigureInCommonForAPlaceDisagree() {
        List<Found> found = Discrepancies.find(List.of(
                count("a", 10, 12, LEEDS, false, MAY_2),
                count("b", 10, 14, LEEDS, false, Optional.of(LocalDate.of(2011, 5, 4)))));
        assertEquals(List.of(Discrepancies.ACROSS_ARTICLES), kinds(found));
        assertEquals("12 vs 14 in articles 2 days apart", found.get(0).description());
        assertEquals(List.of(), Discrepancies.find(List.of(
                count("a", 10, 12, LEEDS, false, MAY_2),
                count("a", 90, 3, LEEDS, false, MAY_2),
                count("b", 10, 12, LEEDS, false, Optional.of(LocalDate.of(2011, 5, 4))))), "they agree on 12");
        assertEquals(List.of(), Discrepancies.find(List.of(
                count("a", 10, 12, LEEDS, false, MAY_2),
                count("b", 10, 14, LEEDS, false, Optional.of(LocalDate.of(2011, 5, 9))))), "a week apart: another event");
        assertEquals(List.of(), Discrepancies.find(List.of(
                count("a", 10, 12, LEEDS, false, MAY_2),
                count("b", 10, 14, LEEDS, false, Optional.empty()))), "no date, nothing to compare");
    }

    @Test
    void theAnswerDoesNotDependOnTheOrderOfTheCounts() {
        List<CountFact> facts = new ArrayList<>(List.of(
                count("a", 10, 300, "", true, MAY_2),
                count("a", 90, 290, "", false, MAY_2),
                count("a", 150, 200, LEEDS, false, MAY_2),
                count("a", 190, 150, YORK, false, MAY_2),
                count("b", 10, 14, LEEDS, false, MAY_2)));
        List<Found> forward = Discrepancies.find(facts);
        Collections.reverse(facts);
        assertEquals(forward, Discrepancies.find(facts));
        assertTrue(forward.size() == 3, forward.toString());
    }
}
