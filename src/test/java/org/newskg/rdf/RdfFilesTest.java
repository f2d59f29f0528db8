package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RdfFilesTest {
    @Test
    void runsOfDigitsCompareAsNumbers() {
        assertTrue(RdfFiles.natural("#char=37", "#char=1000") < 0);
        assertTrue(RdfFiles.natural("#char=1000", "#char=37") > 0);
        assertTrue(RdfFiles.natural("a/x12-5", "a/x12-40") < 0);
        assertTrue(RdfFiles.natural("a/x120", "a/x13") > 0);
        assertEquals(0, RdfFiles.natural("same-9", "same-9"));
    }

    @Test
    void aSharedPrefixThatEndsInsideANumberStillComparesTheWholeNumber() {
        // "12" and "120" share "12": the numbers, not the characters after the prefix, decide.
        assertTrue(RdfFiles.natural("https://newskg.org/a#span-129", "https://newskg.org/a#span-1200") < 0);
        assertTrue(RdfFiles.natural("https://newskg.org/a#span-199", "https://newskg.org/a#span-1000") < 0);
        assertTrue(RdfFiles.natural("x-007", "x-7") > 0);
        assertTrue(RdfFiles.natural("x-7", "x-007") < 0);
    }

    @Test
    void sortsLikeTheCharacterByCharacterComparison() {
        List<String> keys = new ArrayList<>(List.of("p-10", "p-9", "p-09", "p-100a", "p-100", "q", "p-", "p-10b", "p-10a"));
        keys.sort(RdfFiles::natural);
        assertEquals(List.of("p-", "p-9", "p-09", "p-10", "p-10a", "p-10b", "p-100", "p-100a", "q"), keys);
    }
}
