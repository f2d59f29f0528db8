package org.newskg.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newskg.extract.ExtractionFixture;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreferenceTest {
    private final ExtractionFixture fx = new ExtractionFixture();

    private List<String> entities(String body) {
        return fx.entities(body).stream()
                .map(e -> e.key() + " " + e.name() + " " + e.aliases() + " x" + e.mentions().size()).toList();
    }

    @Test
    void aSurnameJoinsTheFullName() {
        assertEquals(List.of("person/mikhail-khodorkovsky Mikhail Khodorkovsky [Khodorkovsky] x2"),
                entities("Mikhail Khodorkovsky was arrested a year ago. Khodorkovsky said he was innocent."));
    }

    @Test
    void aTitleAndSurnameJoinTheFullName() {
        assertEquals(List.of("person/charles-clarke Charles Clarke [Clarke] x2"),
                entities("Home Secretary Charles Clarke spoke first. Later Mr Clarke said more."));
    }

    @Test
    void anHonorificIsNeverPartOfTheNameWhateverTheRuleThatFoundIt() {
        assertEquals(List.of("person/ann-okafor Ann Okafor [Okafor] x2"),
                entities("Mr Okafor has said the council should pay. The leader, Ann Okafor, agreed."));
        assertEquals(List.of("person/menzies-campbell Menzies Campbell [] x1"),
                entities("Sir Menzies Campbell has said the tax would hurt pensioners."));
    }

    @Test
    void titlesPartyLabelsAndAnAgencysTitleAreNeverPartOfTheName() {
        assertEquals(List.of("person/gary-holt Gary Holt [Holt] x2"),
                entities("Senator Holt spoke first. Later Gary Holt said he would vote against the bill."));
        assertEquals(List.of("person/nora-bell Nora Bell [] x1"),
                entities("The vote was rushed, Republican Nora Bell said on Monday."));
        assertEquals(List.of("organization/federal-aviation-administration Federal Aviation Administration [] x1",
                        "person/lena-ward Lena Ward [] x1"),
                entities("The Federal Aviation Administration said so. FAA Administrator Lena Ward said it was safe."));
        assertEquals(List.of(), entities("As Deputy Commissioner demonstrated, the plan works."));
    }

    @Test
    void aRoleNounOrAPartyAndItsTitleBeforeANameAreNoPartOfIt() {
        assertEquals(List.of("person/jane-moss Jane Moss [] x1"),
                entities("Lawyer Jane Moss, who acts for the family, said the ruling was wrong."));
        assertEquals(List.of("person/tom-kerr Tom Kerr [Kerr] x2"),
                entities("Labour MP Tom Kerr welcomed the report. Mr Kerr said it was overdue."));
    }

    @Test
    void longNamesWithParticlesAndATitlesComplementStayWhole() {
        assertEquals(List.of("person/omar-bin-saleh-bin-hamad-al-rashid Omar Bin Saleh Bin Hamad Al Rashid [Al Rashid] x2"),
                entities("Interior Minister Sheikh Omar Bin Saleh Bin Hamad Al Rashid opened the inquiry. "
                        + "Al Rashid said it would report in May."));
        assertEquals(List.of("person/noor-haddad Noor Haddad [] x1"),
                entities("The daughter of Minister of Culture Noor Haddad owns the firm."));
    }

    @Test
    void roleNounsBeforeNamesAndListsOfNamesAfterATitle() {
        assertEquals(List.of("person/musa-kareem Musa Kareem [] x1"), entities("Officials want the return of cleric Musa Kareem."));
        assertEquals(List.of("person/tariq-nadeem Tariq Nadeem [] x1"),
                entities("The plan was backed by the union's secretary-general, Tariq Nadeem."));
        assertEquals(List.of("person/mark-dunn Mark Dunn [] x1", "person/hasan Hasan [] x1"),
                entities("He met counterparts Mark Dunn and Sheikh Hasan on Monday."));
    }

    @Test
    void countiesAreRegionsAndBarracksAreNoOnes() {
        assertEquals(List.of("place/region/perry-county Perry County [] x1"),
                entities("The clinic is in Perry County, far from the coast."));
        assertEquals(List.of(), entities("The march passed the Royal Signals Barracks at noon."));
    }

    @Test
    void peersJudgesShadowPostsAndPartyGroupsAreNoNames() {
        assertEquals(List.of("person/eady Eady [] x1"), entities("The ruling by Mr Justice Eady was upheld on appeal."));
        assertEquals(List.of("person/kinnock Kinnock [] x1"), entities("Baron Kinnock said the bill was flawed."));
        assertEquals(List.of("person/tom-reed Tom Reed [] x1"), entities("Shadow home secretary Tom Reed said it was flawed."));
        assertEquals(List.of(), entities("Some 30 Lib Dem MPs voted against the bill."));
        assertEquals(List.of(), entities("The Law Lords ruled against the bill."));
        assertEquals(List.of(), entities("Firstly, the bill is flawed, he said."));
        assertEquals(List.of("organization/sunday-chronicle Sunday Chronicle [] x1"),
                entities("A report in the Sunday Chronicle claimed the bill was flawed."));
    }

    @Test
    void aFamilyNameWrittenFirstJoinsTheFullName() {
        assertEquals(List.of("person/li-wenqiang Li Wenqiang [Li] x2"),
                entities("Li Wenqiang said on Monday that talks would go on. Later Li said the envoys had agreed."));
    }

    @Test
    void partiesAndPluralNounsForPeopleAreNeverPersons() {
        assertEquals(List.of("organization/conservative-party Conservative Party [Tories] x1"),
                entities("The Tories said the budget was a con."));
        assertEquals(List.of(), entities("Councillors said the plan was unfair."));
    }

    @Test
    void aSurnameSharedByTwoPeopleStaysApart() {
        assertEquals(List.of("person/ed-miliband Ed Miliband [] x1", "person/david-miliband David Miliband [] x1",
                        "person/miliband Miliband [] x1"),
                entities("Ed Miliband met David Miliband. Miliband said nothing."));
    }

    @Test
    void anAcronymJoinsItsExpansionEvenMisspelled() {
        assertEquals(List.of("organization/u-s-immigration-and-customs-enforcement U.S. Immigration and Customs Enforcement "
                        + "[ICE, Immigrations and Customs Enforcement] x3"),
                entities("Agents of Immigrations and Customs Enforcement (ICE) came. ICE said it acted lawfully."));
    }

    @Test
    void aPlaceIsOneEntityUnderEveryName() {
        assertEquals(List.of("place/country/united-states United States [U.S., USA, United States of America] x4"),
                entities("The U.S. and the USA are the United States of America, the United States."));
    }
}
