package org.newskg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extract.model.Place;
import org.newskg.extract.model.PlaceKind;

class WordListsTest {
    @Test
    void speechVerbsAreLowerCaseAndTheWeakOnesAreSpeechVerbs() {
        for (String v : SpeechVerbs.FORMS) {
            assertEquals(v.toLowerCase(Locale.ROOT), v);
        }
        assertTrue(SpeechVerbs.FORMS.containsAll(SpeechVerbs.WEAK));
        assertTrue(SpeechVerbs.isStrongSpeechVerb("Said"));
        assertTrue(!SpeechVerbs.isStrongSpeechVerb("noted") && SpeechVerbs.isSpeechVerb("noted"));
    }

    @Test
    void personAndOrganizationWordsDoNotOverlap() {
        Set<String> both = new HashSet<>(EntityWords.FACILITY_HEADS);
        both.retainAll(EntityWords.ORGANIZATION_HEADS);
        assertEquals(Set.of(), both);
    }

    @Test
    void everyAliasNamesAGazetteerPlaceOfItsKind() {
        PlaceGazetteer g = PlaceGazetteer.load();
        for (String[] row : ResourceLib.rows("place-aliases.tsv")) {
            Place p = g.find(row[0]).orElseThrow(() -> new AssertionError("alias not loaded: " + row[0]));
            // the place's own name, or, for a place news copy names otherwise (news-names.tsv), the same place
            assertTrue(p.name().equals(row[1]) || p.equals(g.find(row[1]).orElseThrow()), row[0] + " -> " + p.name());
            assertEquals(row[2], p.kind().name().toLowerCase(Locale.ROOT), row[0]);
        }
    }

    @Test
    void citiesCarryGeoNamesIdsAndCountries() {
        PlaceGazetteer g = PlaceGazetteer.load();
        Place leicester = g.find("Leicester").orElseThrow();
        assertEquals(Optional.of("2644668"), leicester.geonamesId());
        assertEquals(Optional.of("United Kingdom"), leicester.country());
        assertEquals(Optional.of("place/country/united-kingdom"), leicester.countryKey());
        assertEquals(PlaceKind.COUNTRY, g.find("India").orElseThrow().kind());
        assertEquals(PlaceKind.STATE, g.find("Massachusetts").orElseThrow().kind());
        assertEquals(PlaceKind.CITY, g.find("New York").orElseThrow().kind());
        assertEquals(PlaceKind.STATE, g.findDivision("New York").orElseThrow().kind());
    }

    @Test
    void aPlaceRenamedForNewsKeepsItsIdsAndNamesItsCities() {
        PlaceGazetteer g = PlaceGazetteer.load();
        Place turkey = g.find("T\u00FCrkiye").orElseThrow();
        assertEquals("Turkey", turkey.name());
        assertEquals(turkey, g.find("Turkey").orElseThrow());
        assertEquals(Optional.of("298795"), turkey.geonamesId());
        Place ankara = g.find("Ankara").orElseThrow();
        assertEquals(Optional.of("Turkey"), ankara.country());
        assertEquals(Optional.of("place/country/turkey"), ankara.countryKey());
        Place capital = g.find("Washington, D.C.").orElseThrow();
        assertEquals("Washington", capital.name());
        assertEquals("place/city/washington", capital.key());
        assertEquals(Optional.of("4140963"), capital.geonamesId());
        assertEquals("place/state/washington", g.findDivision("Washington").orElseThrow().key());
    }

    @Test
    void organizationGazetteerRowsAreWellFormed() {
        OrganizationGazetteer g = OrganizationGazetteer.load();
        for (String[] row : ResourceLib.rows("organizations.tsv")) {
            assertEquals(Optional.of(row[0].strip()), g.find(row[0].strip()));
            assertTrue(row.length == 2, "two columns: " + List.of(row));
        }
    }

    @Test
    void firstNamesAreCapitalisedNames() {
        NameLexicon names = NameLexicon.load();
        assertTrue(names.isFirstName("Margaret"));
        assertTrue(!names.isFirstName("margaret") && !names.isFirstName("Police"));
    }
}
