package org.newskg.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newskg.extract.ExtractionFixture;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.model.PlaceKind;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MentionFinderTest {
    private final ExtractionFixture fx = new ExtractionFixture();

    private List<String> typed(String body) {
        return fx.mentions(body).stream().map(m -> m.type() + ":" + m.text() + "=" + m.name()).toList();
    }

    @Test
    void findsPersonsByTitleFirstNameAndSpeechVerb() {
        assertEquals(List.of("PERSON:Ray Kelly=Ray Kelly", "PLACE:U.S.=United States", "PERSON:Nydia Velazquez=Nydia Velazquez"),
                typed("Police Commissioner Ray Kelly met U.S. Representative Nydia Velazquez."));
        assertEquals(List.of("PERSON:Ian Pearson=Ian Pearson", "ORGANIZATION:BBC=BBC"),
                typed("Ian Pearson, BT's futurologist, told the BBC that the closure was a shame."));
        assertEquals(List.of("PERSON:Khodorkovsky=Khodorkovsky"), typed("Khodorkovsky said he would appeal."));
    }

    @Test
    void aCompoundAdjectiveBeforeANameIsNoPartOfIt() {
        assertEquals(List.of("PERSON:Ann Lee=Ann Lee"), typed("Oscar-nominated Ann Lee said she was delighted."));
        assertEquals(List.of("PERSON:Hale=Hale"), typed("Man-of-the-match Hale said the team had earned it."));
        assertEquals(List.of("PERSON:Chung Mong-koo=Chung Mong-koo"), typed("Chung Mong-koo said the firm would grow."));
    }

    @Test
    void anOfficeAfterAnArticleDescribesSomeoneAndNamesNoOne() {
        assertEquals(List.of("PLACE:Salford=Salford"), typed("\u201CIt will be fair,\u201D the Salford MP told the committee."));
        assertEquals(List.of("ORGANIZATION:Green Party=Green Party"), typed("A Green Party MEP suggested the count be held again."));
        assertEquals(List.of("ORGANIZATION:Conservative Party=Conservative Party"),
                typed("The Conservative Party Co-Chairman said the voters had a clear choice."));
        assertEquals(List.of("PLACE:Salford=Salford", "PERSON:Ann Lee=Ann Lee"),
                typed("\u201CIt will be fair,\u201D the Salford MP Ann Lee told the committee."));
        assertEquals(List.of("ORGANIZATION:Daily Courier=Daily Courier"), typed("The claim was denied, the Daily Courier said."));
    }

    @Test
    void anOrganizationsAcronymRunIntoAPersonsNameIsTwoNames() {
        assertEquals(List.of("ORGANIZATION:Harbour Party=Harbour Party", "ORGANIZATION:BBC=BBC", "PERSON:Sam Pike=Sam Pike"),
                typed("Sources within the Harbour Party told the BBC Sam Pike had always backed the plan."));
        assertEquals(List.of("ORGANIZATION:BBC=BBC", "PERSON:Pike=Pike"),
                typed("Sources told the BBC Mr Pike had always backed the plan."));
    }

    @Test
    void aTitledNameIsNotJoinedToTheOfPhraseAfterIt() {
        assertEquals(List.of("PERSON:Rosa Imrie=Rosa Imrie", "PLACE:Toledo=Toledo"),
                typed("\u201CWe found it,\u201D said Captain Rosa Imrie of the Toledo police."));
        assertEquals(List.of("PERSON:Bob Dillard=Bob Dillard", "ORGANIZATION:Dunmore Bank=Dunmore Bank"),
                typed("Chief Executive Bob Dillard of Dunmore Bank resigned."));
        assertEquals(List.of("ORGANIZATION:Bank of the West=Bank of the West"), typed("Bank of the West lent the money."));
    }

    @Test
    void aGivenNameAndSurnameAreNotJoinedToTheOfOrForPhraseAfterIt() {
        assertEquals(List.of("PERSON:Maria Lundqvist=Maria Lundqvist", "ORGANIZATION:Nordic Freight Review=Nordic Freight Review"),
                typed("Prices will rise, said Maria Lundqvist of Nordic Freight Review."));
        assertEquals(List.of("PERSON:Jo Kerr=Jo Kerr", "ORGANIZATION:Met Office=Met Office"),
                typed("Jo Kerr of the Met Office said rain would follow."));
        assertEquals(List.of("PERSON:Ann Lee=Ann Lee", "ORGANIZATION:Harbour Radio=Harbour Radio"),
                typed("The prize went to Ann Lee for Harbour Radio."));
        assertEquals(List.of("PERSON:Ann Lee=Ann Lee", "ORGANIZATION:Harbour Trust=Harbour Trust"),
                typed("But Ann Lee of the Harbour Trust urged the council to appeal."));
        assertEquals(List.of("ORGANIZATION:Victoria University of Wellington=Victoria University of Wellington"),
                typed("Victoria University of Wellington opened a campus."));
        assertTrue(typed("A play about Mary Queen of Scots opened.").stream().noneMatch(m -> m.startsWith("PERSON:Mary Queen")),
                "a title inside the run keeps its of phrase");
    }

    @Test
    void theTitleOfAWorkIsNoPersonAndLaboratoriesAndCooperativesAreOrganizations() {
        assertEquals(List.of("PERSON:Ann Hale=Ann Hale"), typed("Fans still sing Martha On The Shore, the band's 1998 hit, said Ann Hale."));
        assertEquals(List.of("ORGANIZATION:Pellworth Laboratories=Pellworth Laboratories"),
                typed("Pellworth Laboratories said the test worked."));
        assertEquals(List.of("ORGANIZATION:Fen Valley Cooperative=Fen Valley Cooperative"), typed("Fen Valley Cooperative said prices fell."));
    }

    @Test
    void lettersAfterANameAreNoPartOfItAndAShowNamedAfterSomeoneIsNoPerson() {
        assertEquals(List.of("PERSON:Tom Hale=Tom Hale"), typed("Tom Hale QC said the case was weak."));
        assertEquals(List.of("PERSON:Jo Kerr=Jo Kerr"), typed("Viewers loved the Benny Hale Show, said Jo Kerr OBE."));
    }

    @Test
    void andDoesNotJoinAWholeOrganizationNameToAnother() {
        assertEquals(List.of("ORGANIZATION:Pellworth Times=Pellworth Times", "ORGANIZATION:Fen Valley Cooperative=Fen Valley Cooperative"),
                typed("The Pellworth Times and Fen Valley Cooperative signed a deal."));
        assertEquals(List.of("ORGANIZATION:Dunmore Bank and Trust=Dunmore Bank and Trust"), typed("Dunmore Bank and Trust lent the money."));
    }

    @Test
    void aSpeakerAfterTheIsAnOrganizationOrNoOne() {
        assertEquals(List.of("ORGANIZATION:Exchequer=Exchequer"), typed("Rates will rise, the Exchequer said on Monday."));
        assertEquals(List.of(), typed("It was a fair result, the Welshman said."));
        assertEquals(List.of("PLACE:Derby=Derby", "PERSON:Gail Rowe=Gail Rowe"),
                typed("It was a fair result, the Derby MP Gail Rowe said."));
    }

    @Test
    void placesAreNamedAsNewsCopyNamesThem() {
        assertEquals(List.of("PLACE:Washington=Washington", "PLACE:Turkey=Turkey"),
                typed("Envoys met in Washington to discuss trade with Turkey."));
        assertEquals(List.of("PLACE:T\u00FCrkiye=Turkey", "PLACE:Czechia=Czech Republic"),
                typed("Exports from T\u00FCrkiye and Czechia fell."));
    }

    @Test
    void aPlacesPoliceIsNamedByItsOfficers() {
        assertEquals(List.of("PLACE:Leeds=Leeds", "ORGANIZATION:Leeds police=Leeds police", "PERSON:Tom Hale=Tom Hale"),
                typed("Leeds police spokesman Tom Hale said the road was closed."));
        assertEquals(List.of("PLACE:Leeds=Leeds"), typed("The Leeds police station was closed."));
    }

    @Test
    void noNameOpensWithALowerCaseWord() {
        assertEquals(List.of("PERSON:Tom Hale=Tom Hale"), typed("Tom Hale, the MP for Selby and Goole, was hurt in a fall.")
                .stream().filter(m -> m.startsWith("PERSON")).toList());
        assertEquals(List.of("PERSON:Ann Moss=Ann Moss"),
                typed("The Secretary of State for Trade, Industry and Energy, Ann Moss, has hit back at critics.")
                        .stream().filter(m -> m.startsWith("PERSON")).toList());
    }

    @Test
    void aFirmNamedForBrothersIsAnOrganization() {
        assertEquals(List.of("ORGANIZATION:Hartley Bros=Hartley Bros"),
                typed("The film was backed by Hartley Bros and opened in spring."));
    }

    @Test
    void aRoleNounBeforeANameIsNoPartOfIt() {
        assertEquals(List.of("PERSON:Ann Pellow=Ann Pellow"), typed("Songwriter Ann Pellow said the tour would go ahead."));
        assertEquals(List.of("PERSON:Tom Garrard=Tom Garrard"), typed("Backbencher Tom Garrard said he would vote against it."));
        assertEquals(List.of("PERSON:Mark Singer=Mark Singer"), typed("Mark Singer said the tour would go ahead."));
    }

    @Test
    void aPostEndingInItsTitleNamesNoPersonButAGivenNameBeforeATitleWordDoes() {
        assertEquals(List.of(), typed("Then the Fisheries Minister said the quota would stay."));
        assertEquals(List.of("PERSON:Bill Constable=Bill Constable"), typed("Then Bill Constable said the quota would stay."));
        assertEquals(List.of("PERSON:Pike=Pike"), typed("Lord Pike, Minister for Fisheries Policy, said he was disappointed."));
        assertEquals(List.of("PERSON:Tom Garrard=Tom Garrard"), typed("Secretary of State Tom Garrard said the talks would go on."));
    }

    @Test
    void aDatelineInCapitalsNamesItsPlaces() {
        assertEquals(List.of("PLACE:LEEDS=Leeds", "PLACE:LONDON=London", "ORGANIZATION:Reuters=Reuters"),
                typed("LEEDS/LONDON (Reuters) - Two men were held."));
    }

    @Test
    void anOrganizationWithAPossessiveOrATitleAfterOfIsWhole() {
        assertEquals(List.of("ORGANIZATION:Cook County State's Attorney's Office=Cook County State's Attorney's Office"),
                typed("The Cook County State's Attorney's Office declined to comment."));
        assertEquals(List.of("ORGANIZATION:Office of the Inspector General=Office of the Inspector General"),
                typed("The Office of the Inspector General will review the case."));
    }

    @Test
    void aTitleAloneBeforeASurnameMakesAPerson() {
        assertEquals(List.of("PERSON:Blunkett=Blunkett"), typed("The minister met Mr Blunkett on Monday."));
    }

    @Test
    void anOrganizationIsWholeWithWhatItIsOfForOrOn() {
        assertEquals(List.of("ORGANIZATION:Royal College of Nursing=Royal College of Nursing"),
                typed("The Royal College of Nursing said the rota was unsafe."));
        assertEquals(List.of("ORGANIZATION:Welsh Council for Rural Housing=Welsh Council for Rural Housing"),
                typed("A report by the Welsh Council for Rural Housing found fewer homes."));
        assertEquals(List.of("ORGANIZATION:Select Committee on Fisheries=Select Committee on Fisheries"),
                typed("The Select Committee on Fisheries met on Tuesday."));
    }

    @Test
    void findsOrganizationsByGazetteerHeadAndNoun() {
        assertEquals(List.of("ORGANIZATION:FBI=Federal Bureau of Investigation", "ORGANIZATION:Chase Bank=Chase Bank",
                        "ORGANIZATION:Colonia Chiques=Colonia Chiques"),
                typed("The FBI raided a branch of Chase Bank run by a Colonia Chiques gang member."));
        assertEquals(List.of("ORGANIZATION:British Medical Association=British Medical Association",
                        "ORGANIZATION:BMA=British Medical Association", "ORGANIZATION:BMA=British Medical Association"),
                typed("Doctors at the British Medical Association (BMA) agreed. The BMA said it would ballot members."));
    }

    @Test
    void findsPlacesInTheGazetteerWithAliasesAndGeoNamesIds() {
        List<EntityMention> m = fx.mentions("Protests spread from Philly to L.A. and Portland, Oregon, and across the U.S.");
        assertEquals(List.of("Philadelphia", "Los Angeles", "Portland", "Oregon", "United States"),
                m.stream().map(EntityMention::name).toList());
        assertEquals("5746545", m.get(2).place().orElseThrow().geonamesId().orElseThrow());
        assertEquals(PlaceKind.STATE, m.get(3).place().orElseThrow().kind());
    }

    @Test
    void aNeighbourhoodNamesItsPlace() {
        assertEquals(List.of("PLACE:Lower Manhattan=Manhattan"), typed("They marched in Lower Manhattan."));
    }

    @Test
    void streetsBridgesAndParksAreNotPlaces() {
        assertEquals(List.of(), typed("They crossed the Brooklyn Bridge to Zuccotti Park on Las Vegas Boulevard."));
    }

    @Test
    void aCapitalisedCommonWordIsNoCity() {
        assertEquals(List.of(), typed("Reading the report, police said the mobile unit was ready."));
        assertEquals(List.of("PLACE:Reading=Reading"), typed("He lives in Reading now and reads a lot."));
    }

    @Test
    void sentenceInitialWordsAndWeekdaysAreNoNames() {
        assertEquals(List.of(), typed("Further, on Thursday the Residents said nothing. Residents waited."));
    }

    @Test
    void anAllCapsDatelineIsAPlace() {
        assertEquals(List.of("PLACE:NEW YORK=New York", "ORGANIZATION:Reuters=Reuters"),
                typed("NEW YORK (Reuters) - Bus drivers on Friday rejected the offer."));
    }

    @Test
    void aPlaceAndItsPoliceSpeakingAreAPlaceAndAnOrganization() {
        List<String> t = typed("Merseyside police confirmed they had arrested a 30-year-old man.");
        assertTrue(t.contains("ORGANIZATION:Merseyside police=Merseyside police"), t.toString());
        assertTrue(t.contains("PLACE:Merseyside=Merseyside"), t.toString());
    }

    @Test
    void aCreditLineNamesItsReporters() {
        assertEquals(List.of("ORGANIZATION:CNN=CNN", "PERSON:Anna Smith=Anna Smith", "PERSON:Rob Jones=Rob Jones"),
                typed("CNN's Anna Smith and Rob Jones contributed to this report."));
    }

    @Test
    void aPoliceForceNamesItsArea() {
        assertEquals(List.of("PLACE:West Yorkshire=West Yorkshire", "ORGANIZATION:West Yorkshire Police=West Yorkshire Police"),
                typed("West Yorkshire Police said two men were held."));
        assertEquals(List.of("ORGANIZATION:British Transport Police=British Transport Police"),
                typed("British Transport Police said two men were held."));
    }

    @Test
    void theSubjectOfWasArrestedIsAPerson() {
        assertEquals(List.of("PERSON:Gallagher=Gallagher", "PLACE:Munich=Munich"),
                typed("Gallagher was arrested after the brawl in Munich."));
        assertEquals(List.of("PERSON:Buhecha=Buhecha"), typed("Buhecha has been jailed for two years."));
    }

    @Test
    void aWordThatOpensASentenceIsNoNameWhenTheTaggerSaysItIsNoProperNoun() {
        assertEquals(List.of(), typed("The shares fell sharply.\n\nCommentators said the slide would not last."));
        assertEquals(List.of("ORGANIZATION:Dunmore Holdings=Dunmore Holdings"),
                typed("Rates rose again.\n\nLondon-based Dunmore Holdings said profits had doubled."));
        assertEquals(List.of("PERSON:Khodorkovsky=Khodorkovsky"), typed("It rained.\n\nKhodorkovsky said he would appeal."));
    }

    @Test
    void theNameOfAStreetStaysWhateverItsTag() {
        // "Downing" alone reads as a verb; before "St" it names the street, and "St" is no person.
        assertEquals(List.of(), typed("The talks went on late.\n\nDowning St said a similar offer might follow."));
        assertEquals(List.of(), typed("The talks went on late.\n\nDowning Street said a similar offer might follow."));
    }

    @Test
    void aPartyAdjectiveIsNoGivenName() {
        List<String> persons = typed("The vote was close. Lib Dem Home Affairs spokesman Ann Ford said the plan was rushed.")
                .stream().filter(m -> m.startsWith("PERSON")).toList();
        assertEquals(List.of("PERSON:Ann Ford=Ann Ford"), persons);
    }

    @Test
    void aNameBeforeAFacilityNounIsNoPersonEvenAfterATitle() {
        assertEquals(List.of("PLACE:London=London"), typed("They met at London's King Cross station on a wet morning."));
        assertEquals(List.of("PERSON:Edward Hale=Edward Hale"), typed("They met Sir Edward Hale at the station."));
    }

    @Test
    void aRoyalStyleIsNoPartOfTheNameAndATitleOfOfficeNamesNobody() {
        List<String> persons = typed("King Hamid thanked the crowd. Prince Oskar Lund waved from the balcony.")
                .stream().filter(m -> m.startsWith("PERSON")).toList();
        assertEquals(List.of("PERSON:Hamid=Hamid", "PERSON:Oskar Lund=Oskar Lund"), persons);
        assertEquals(List.of(), typed("The Duke of Rothesay opened the new wing.").stream()
                .filter(m -> m.startsWith("PERSON")).toList());
        assertEquals(List.of("PERSON:Stephen King=Stephen King"), typed("The novelist Stephen King said he was pleased."));
    }

    @Test
    void anAppositionBeforeTheSpeechVerbSaysWhatTheSpeakerIs() {
        assertEquals(List.of("ORGANIZATION:Kvarn=Kvarn"),
                typed("Kvarn, the Danish carmaker, said demand had weakened."));
        assertEquals(List.of("ORGANIZATION:Halvorsen=Halvorsen"),
                typed("Upscale department store Halvorsen said sales were higher in May."));
        assertEquals(List.of("PERSON:Okonjo=Okonjo"),
                typed("Okonjo, the firm's finance chief, said profits rose in the year."));
        // The group of an "of" phrase, or of a member, is someone else's.
        assertEquals(List.of("PERSON:Mary Cole=Mary Cole"),
                typed("Mary Cole, a member of the residents' group, said the road was unsafe."));
    }

    @Test
    void aSpeakerWithSharesOrProfitsOfItsOwnIsABusiness() {
        assertEquals(List.of("ORGANIZATION:Kvarn=Kvarn", "ORGANIZATION:Kvarn=Kvarn"),
                typed("Shares in Kvarn fell 5% on Monday. Later Kvarn said demand had weakened."));
        assertEquals(List.of("ORGANIZATION:Zarcon=Zarcon", "ORGANIZATION:Zarcon=Zarcon"),
                typed("Zarcon's profits doubled last year. Later Zarcon said demand was strong."));
        // What a person has is no evidence: 'Okafor's remarks'.
        assertEquals(List.of("PERSON:Okafor=Okafor"),
                typed("Okafor's remarks angered the board. Later Okafor said he would not resign."));
    }

    @Test
    void aTitleAndANameAfterACommaAreAnotherPersonNotAnApposition() {
        assertEquals(List.of("PERSON:Ann Ford=Ann Ford"),
                typed("Veils are a backward view of Tradition, President Ann Ford has said during a visit."));
    }

    @Test
    void aBusinessTheArticleNamedOpensASentenceAsItself() {
        assertEquals(List.of("ORGANIZATION:Sophex=Sophex", "ORGANIZATION:Sophex=Sophex"),
                typed("Shares in Sophex fell 5% on Monday. Sophex admitted it had overstated its profits."));
    }
}
