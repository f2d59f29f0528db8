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

    @Test
    void theSortKeyOrdersLikeComparingTheNumbersInPlace() {
        // Random strings over a small alphabet with digits, zeros and long runs: the keys' string
        // order must agree with a direct comparison that reads each run of digits as a number.
        java.util.Random random = new java.util.Random(7);
        String alphabet = "0000123456789-#a/:Z";
        for (int n = 0; n < 20000; n++) {
            String a = randomString(random, alphabet);
            String b = random.nextInt(4) == 0 ? a.substring(0, random.nextInt(a.length() + 1)) + randomString(random, alphabet)
                    : randomString(random, alphabet);
            assertEquals(Integer.signum(reference(a, b)), Integer.signum(RdfFiles.natural(a, b)), a + " vs " + b);
        }
        assertTrue(RdfFiles.natural("x-" + "9".repeat(9), "x-1" + "0".repeat(9)) < 0);
        assertTrue(RdfFiles.natural("x-" + "1".repeat(12), "x-" + "2".repeat(11)) > 0);
    }

    private static String randomString(java.util.Random random, String alphabet) {
        int length = random.nextInt(14);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** Character by character; at two runs of digits, the numbers, then the run with fewer leading zeros. */
    private static int reference(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && isDigit(b.charAt(j))) {
                    j++;
                }
                java.math.BigInteger x = new java.math.BigInteger(a.substring(si, i));
                java.math.BigInteger y = new java.math.BigInteger(b.substring(sj, j));
                int c = x.compareTo(y);
                if (c == 0) {
                    c = Integer.compare(i - si, j - sj);
                }
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Test
    void turtleIsWrittenWithAGroupedTypesAndOnlyThePrefixesItUses() {
        org.apache.jena.rdf.model.Model m = org.apache.jena.riot.RDFParser.fromString("""
                PREFIX schema: <https://schema.org/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <https://newskg.org/id/place/city/leeds> a schema:City, schema:Place ; schema:name "Leeds" ;
                    schema:alternateName "Leeds \\"city\\"\\nline two", "Lìds"@en ;
                    schema:sameAs <http://sws.geonames.org/2644688/> .
                <https://newskg.org/id/article/a#char=0,5> <https://newskg.org/ontology#count> 12 ;
                    <https://newskg.org/ontology#nationwide> true ; schema:datePublished "2026-12-02"^^xsd:date .
                """, org.apache.jena.riot.Lang.TURTLE).toModel();
        Prefixes.set(m);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RdfFiles.writeTurtle(m, out);
        String ttl = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        org.apache.jena.rdf.model.Model back = org.apache.jena.riot.RDFParser.fromString(ttl, org.apache.jena.riot.Lang.TURTLE).toModel();
        org.junit.jupiter.api.Assertions.assertTrue(back.isIsomorphicWith(m), ttl);
        org.junit.jupiter.api.Assertions.assertTrue(ttl.contains("\n    a schema:City, schema:Place ;\n"), ttl);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("@prefix nkg: <https://newskg.org/ontology#> .",
                "@prefix schema: <https://schema.org/> .", "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> ."),
                ttl.lines().filter(l -> l.startsWith("@prefix") || l.startsWith("PREFIX")).toList());
        java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
        RdfFiles.writeTurtle(back, again);
        org.junit.jupiter.api.Assertions.assertArrayEquals(out.toByteArray(), again.toByteArray(), "the same graph, the same bytes");
    }
}
