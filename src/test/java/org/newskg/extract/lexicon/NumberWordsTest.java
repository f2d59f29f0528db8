package org.newskg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumberWordsTest {

    @Test
    void readsDigitsWordsAndOrdinals() {
        assertEquals(Optional.of(5000L), NumberWords.cardinal("5,000"));
        assertEquals(Optional.of(35L), NumberWords.cardinal("Thirty-five"));
        assertEquals(Optional.of(12L), NumberWords.cardinal("dozen"));
        assertEquals(Optional.of(7L), NumberWords.ordinal("seventh"));
        assertEquals(Optional.of(21L), NumberWords.ordinal("21st"));
        assertEquals(Optional.empty(), NumberWords.cardinal("thirty-fivefold"));
    }

    /** The scan for arrest counts skips every token this says no to: it must say yes to all that can be read. */
    @Test
    void everyTokenReadAsANumberMayBeOne() {
        List<String> tokens = List.of("5,000", "107", "Nine", "twenty-five", "Forty-one", "dozen", "hundred", "third",
                "Twelfth", "12th", "20-25", "one", "seventy", "hundredth", "police", "", "Twenty-somethings", "-",
                "ninety-nine", "fifth", "x9", "arrested");
        for (String t : tokens) {
            boolean read = NumberWords.cardinal(t).isPresent() || NumberWords.ordinal(t).isPresent()
                    || !t.isEmpty() && Character.isDigit(t.charAt(0));
            assertTrue(!read || NumberWords.mayBeNumber(t), t);
        }
        assertFalse(NumberWords.mayBeNumber("police"));
        assertFalse(NumberWords.mayBeNumber("arrested"));
        assertFalse(NumberWords.mayBeNumber(""));
        assertFalse(NumberWords.mayBeNumber("x9"));
        assertTrue(NumberWords.mayBeNumber("Forty-one"));
    }
}
