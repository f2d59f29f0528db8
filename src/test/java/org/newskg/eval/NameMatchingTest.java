package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatchingTest {
    private final GoldItem albence = new GoldItem("Matthew Albence", List.of());
    private final GoldItem times = new GoldItem("the Times", List.of("Times"));

    @Test
    void normalizesCasePunctuationAndALeadingThe() {
        assertEquals("u s immigration", NameMatching.norm("The U.S. Immigration"));
        assertEquals("it's", NameMatching.norm("It\u2019s"));
    }

    @Test
    void aSurnameMatchesAPersonButNotAnOrganization() {
        assertTrue(NameMatching.matches("Albence", albence, true));
        assertFalse(NameMatching.matches("Albence", albence, false));
        assertFalse(NameMatching.matches("Matthew", albence, true));
        assertTrue(NameMatching.matches("Jorge Sarmiento", new GoldItem("Sarmiento", List.of()), true));
    }

    @Test
    void aliasesMatchAndEmptyNeverDoes() {
        assertTrue(NameMatching.matches("The Times", times, false));
        assertFalse(NameMatching.matches("", times, false));
    }
}
