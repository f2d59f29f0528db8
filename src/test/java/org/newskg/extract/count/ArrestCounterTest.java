package org.newskg.extract.count;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newskg.extract.Extraction;
import org.newskg.extract.ExtractionFixture;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArrestCounterTest {
    private final ExtractionFixture fx = new ExtractionFixture();

    /** "count qualifier @ place" for each count; place is "nationwide", a key, or "-". */
    private List<String> counts(String body) {
        return counts("Headline", body);
    }

    private List<String> counts(String headline, String body) {
        Extraction x = fx.extract(headline, body);
        return x.counts().stream().map(c -> c.count() + (c.qualifier().equals("exact") ? "" : " " + c.qualifier()) + " @ "
                + (c.nationwide() ? "nationwide" : c.placeKey().map(k -> k.substring(k.lastIndexOf('/') + 1)).orElse("-")))
                .toList();
    }

    /** "count" for each count, and "= N" when it restates the article's count number N (from 0). */
    private List<String> restatements(String headline, String body) {
        List<org.newskg.extract.model.ArrestCount> cs = fx.extract(headline, body).counts();
        List<org.newskg.extract.text.Span> spans = cs.stream().map(org.newskg.extract.model.ArrestCount::span).toList();
        return cs.stream().map(c -> c.count() + c.restates().map(r -> " = " + spans.indexOf(r)).orElse("")).toList();
    }

    @Test
    void aCountTheHeadlineGaveOrThatAWordPointsBackToRestatesTheFirst() {
        assertEquals(List.of("6", "6 = 0", "6 = 0"), restatements("Six arrested after march in Leeds",
                "Six protesters were arrested in Leeds on Saturday. All six people detained were released on bail on Sunday."));
        assertEquals(List.of("4", "4 = 0"), restatements("Headline",
                "Police in Derby arrested four men on Friday. Officers said the four were detained after a chase."));
    }

    @Test
    void theSameNumberWithNothingPointingBackIsAnotherGroup() {
        assertEquals(List.of("3", "3"), restatements("Headline",
                "Three men were arrested in Leeds on Monday. Three more were arrested in Leeds on Tuesday."));
        assertEquals(List.of("2", "2"), restatements("Headline",
                "Police in York arrested two men on Friday. Two women were arrested in York a day later."));
        assertEquals(List.of("5", "5"), restatements("Headline",
                "Police in York arrested five men on Friday. In Leeds, the five were arrested on Sunday."));
    }

    @Test
    void aRangeCountsItsLowerBound() {
        assertEquals(List.of("30 at least @ -"), counts("The unit makes 30 to 40 arrests a month, its head said."));
        assertEquals(List.of("12 at least @ -"), counts("Between them, 12-15 people were detained on the night."));
    }

    @Test
    void agesAndTheObjectOfAnotherVerbAreNoCounts() {
        assertEquals(List.of("4 @ -"), counts("Four men, ages 19, 20, 23 and 31, were arrested on Friday."));
        assertEquals(List.of(), counts("Soldiers killed more than 40 villagers, and many were arrested later."));
    }

    @Test
    void aHeadlineCountTakesThePlaceOfTheSameCountInTheBody() {
        assertEquals(List.of("3 @ leeds", "3 @ leeds"),
                counts("Three men arrested after warehouse blaze",
                        "Police in Leeds arrested three men after the fire on Monday. The firm has depots in York, Derby and Bristol."));
    }

    @Test
    void aCountWithNoPlaceOfItsOwnHappensWhereTheStoryHappens() {
        assertEquals(List.of("14 @ leeds"), counts("Drugs raids in Leeds",
                "Officers searched houses at dawn on Tuesday.\n\nFourteen men were arrested and later bailed."));
        assertEquals(List.of("30 @ bristol"), counts("Headline",
                "Police in Bristol broke up a march on Saturday.\n\nThirty people were arrested, officers said later."));
        assertEquals(List.of("120 @ -"), counts("Drugs raids in Leeds",
                "Officers said 120 people had been arrested in cities across the north since June."));
    }

    @Test
    void countsDigitsWithTheirPlace() {
        assertEquals(List.of("60 at least @ -", "45 @ united-states"),
                counts("At least 60 people were arrested worldwide - 45 of them were arrested in the US."));
    }

    @Test
    void countsArrestsWrittenAsWords() {
        assertEquals(List.of("31 @ -"), counts("Thirty-one people, including a pensioner, have been arrested after a long inquiry."));
        assertEquals(List.of("8 @ -"), counts("In total, eight virus writers were arrested and some were sentenced."));
    }

    @Test
    void countsActiveVerbsNounsAndCustodyPhrases() {
        assertEquals(List.of("9 @ denver"), counts("Denver police arrested nine for blocking a bridge."));
        assertEquals(List.of("1200 @ -"), counts("The operation ended with 1,200 arrests."));
        assertEquals(List.of("30 about @ leeds"), counts("About 30 fans were taken into custody in Leeds."));
        assertEquals(List.of("14 @ -"), counts("Troops rounded up 14 suspects overnight."));
    }

    @Test
    void countsAnOrdinalArrest() {
        assertEquals(List.of("12 @ -"), counts("Mr Brown is the twelfth man to be arrested in the inquiry."));
    }

    @Test
    void countsItemsListedAfterACount() {
        assertEquals(List.of("25 @ -", "9 @ -", "14 @ -"),
                counts("That includes 25 taken into custody on a bridge, nine inside a bank and 14 in and around a shop."));
    }

    @Test
    void countsATotalBesideACountAsNational() {
        assertEquals(List.of("45 @ boston", "500 @ nationwide"),
                counts("Raids lead to 45 arrests in Boston, 500 total nationwide", "Officials gave no more details."));
    }

    @Test
    void placesACountByTheNearestPlaceInItsClause() {
        assertEquals(List.of("107 @ philadelphia", "101 @ los-angeles", "45 @ new-york"),
                counts("In Philadelphia, 107 men were arrested, while 101 were arrested in Los Angeles and 45 people were detained in NY."));
    }

    @Test
    void aNationalityIsNotWhereTheArrestWas() {
        assertEquals(List.of("3 @ -"), counts("Three citizens of Mexico were arrested on Monday."));
    }

    @Test
    void agesMoneyChargesCitationsAndInjuriesAreNoArrestCounts() {
        assertEquals(List.of(), counts("A 31-year-old woman was detained. Bail was set at $2,500 for each of those held."));
        assertEquals(List.of(), counts("Another 21 were issued citations and three men now face felony charges."));
        assertEquals(List.of(), counts("At least seven police officers were hurt and 20 were not criminals."));
    }

    @Test
    void aRetractedFigureIsNoArrestCount() {
        assertEquals(List.of(), counts("Officers had claimed, wrongly, that 63 people were arrested at the march."));
    }

    @Test
    void aSubCountOfThemKeepsItsOwnPlace() {
        assertEquals(List.of("60 at least @ -", "45 @ united-states"),
                counts("At least 60 people were arrested worldwide - 45 of them in the US."));
    }

    @Test
    void agesBesideANameAreNoCounts() {
        assertEquals(List.of(), counts("Mr Mubanga, 29, from north London, was originally detained in Zambia."));
        assertEquals(List.of(), counts("His killer, Warren Leblanc, 17 - who was jailed for life in September - had lied."));
    }

    @Test
    void yearsDatesAndNumbersInNamesAreNoCounts() {
        assertEquals(List.of(), counts("The rapper is due in court on 20 December after being arrested on one charge."));
        assertEquals(List.of(), counts("Until 1997, Erewash had been held by the Tories since 1970."));
        assertEquals(List.of("15 @ -"),
                counts("Earlier on Friday 15 protesters from the Fathers 4 Justice campaign group were arrested."));
    }

    @Test
    void heldCountsPeopleNotEventsOrTalks() {
        assertEquals(List.of(), counts("The charity single by Band Aid 20 has held on the chart top spot for a second week."));
        assertEquals(List.of(), counts("The two banks reportedly held talks in October."));
        assertEquals(List.of("12 @ united-kingdom"),
                counts("Twelve foreign nationals are being held indefinitely without trial in the UK."));
    }

    @Test
    void prizesPickedUpAndPlayersBookedAreNoArrests() {
        assertEquals(List.of(), counts("The US movie also picked up four other accolades including best director."));
        assertEquals(List.of(), counts("Mr Blair has already spent a day with Five and Michael Howard is booked for a session."));
    }

    @Test
    void aCountCoordinatedWithAnotherVerbIsNotItsSubject() {
        assertEquals(List.of("224 @ -"),
                counts("In August 2004 Chinese authorities shut down 700 websites and arrested 224 people in a crackdown."));
    }

    @Test
    void theDatelineIsNotWhereTheArrestsHappened() {
        assertEquals(List.of("40 @ -"),
                counts("WASHINGTON (Reuters) - Police arrested 40 people on Friday after the march turned violent."));
    }

    @Test
    void theCityIsTheCityTheArticleNamesMost() {
        assertEquals(List.of("318 @ new-york"), counts("Protesters filled New York. Marchers left New York for Manhattan.\n\n"
                + "By Sunday, police said a total of 318 people had been arrested around the city."));
    }

    @Test
    void aSentenceWithoutAPlaceTakesItFromTheArrestSentenceBefore() {
        assertEquals(List.of("700 at least @ boston"), counts("Dozens were arrested in Boston on Monday.\n\n"
                + "Last month more than 700 had been arrested on the bridge."));
    }

    @Test
    void pickedUpCountsOnlyWhenThePoliceDidIt() {
        assertEquals(List.of("6 @ -"), counts("Six teenagers were picked up by police near the station."));
        assertEquals(List.of(), counts("The film picked up six awards on Sunday."));
    }

    @Test
    void peopleWhoHeldSomethingWereNotHeld() {
        assertEquals(List.of(), counts("Five of the eight men held an impromptu news conference on Monday."));
        assertEquals(List.of(), counts("\"Two of them held me from behind and two others held my legs.\""));
    }

    @Test
    void anArrestWordInAnotherClauseIsNotTheCountsVerb() {
        assertEquals(List.of(), counts("There are questions over the threat the four pose, and the treatment they received while detained."));
    }

    @Test
    void countsARunningTotalAndAPartIncluded() {
        assertEquals(List.of("6 @ -", "57 @ -"),
                counts("Six more people were detained on Sunday, bringing the total number of arrests to 57."));
        assertEquals(List.of("57 @ -"), counts("Police made more raids, bringing the total number of arrests to 57."));
        assertEquals(List.of("20 @ -", "5 @ -"), counts("Twenty people were arrested, including 5 juveniles."));
    }

    @Test
    void aNumberWhoseSubjectHasAVerbOfItsOwnCountsNoArrest() {
        assertEquals(List.of(), counts("Forty miners blockaded the pit gates and police arrested their leaders."));
        assertEquals(List.of("40 @ -"), counts("Forty miners blockaded the pit gates and were arrested."));
        assertEquals(List.of("9 @ -"), counts("Nine climbers stranded overnight were later detained for questioning."));
        assertEquals(List.of(), counts("Nine climbers were injured in the fall and detained officers looked on."));
    }
}
