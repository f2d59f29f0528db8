package org.newskg.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newskg.TestArticles;
import org.newskg.extract.Extraction;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.extract.model.Quote;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpeakerAttributorTest {
    private final ExtractionPipeline pipeline = ExtractionPipeline.standard();

    /** "speaker | kind | text | sieve" per statement. */
    private List<String> statements(String body) {
        Extraction x = pipeline.extract(TestArticles.body(body));
        return x.quotes().stream().map(SpeakerAttributorTest::row).toList();
    }

    /** The row of the body's last statement. */
    private String lastStatement(String body) {
        List<String> rows = statements(body);
        return rows.get(rows.size() - 1);
    }

    private static String row(Quote q) {
        return q.attribution().map(a -> a.speaker().name() + " (" + a.speaker().type() + ")").orElse("-") + " | "
                + q.kind() + " | " + q.text() + " | " + q.attribution().map(a -> a.sieve()).orElse("-");
    }

    @Test
    void aNamedPossessorAfterTheVerbLeadsToTheSpeakerAndIsNoPersonItself() {
        assertEquals(List.of("Dana Reeve (PERSON) | DIRECT | This is a simple tool for people | trailing-cue"),
                statements("\u201CThis is a simple tool for people,\u201D said Acme's Dana Reeve."));
        // a lower-case possessive is no name: "her son's friend, Sam Pike" does not speak
        assertEquals("Jo Pike (PERSON) | REPORTED | her son's friend, Sam Hale, had copied the game | reported-speech",
                lastStatement("His mother, Jo Pike, said her son's friend, Sam Hale, had copied the game."));
    }

    @Test
    void agreedJokedAndQuippedReportWordsAndAWeakVerbBeforeAnInfinitiveReportsNone() {
        assertEquals("Tom Mills (PERSON) | DIRECT | We will win next week | trailing-cue",
                lastStatement("Tom Mills, the Leeds coach, spoke after the game. Paul Orr said the team had done well. "
                        + "\u201CWe will win next week,\u201D agreed Mills."));
        assertEquals("Ann Ford (PERSON) | DIRECT | I might even sell it to you | trailing-cue",
                lastStatement("Ann Ford showed the car to reporters. \u201CI might even sell it to you,\u201D she joked."));
        assertEquals(List.of(), statements("A supporter since 1990, Ann Ford agreed to buy the club's stake on Tuesday."));
        assertEquals(List.of(), statements("Looking ahead to the election, Ann Ford pledged to cut taxes for families."));
    }

    @Test
    void aNameInARelativeClauseOrAfterOfIsNotTheSpeakerOfTheNounItModifies() {
        assertEquals("lawyer (UNNAMED) | REPORTED | the ruling was wrong | reported-speech",
                lastStatement("The lawyer who had represented Mr Dunn said the ruling was wrong."));
        assertEquals("A neighbour (UNNAMED) | REPORTED | she was a quiet woman | reported-speech",
                lastStatement("A neighbour who knew Anna Price said she was a quiet woman."));
        assertEquals("woman (UNNAMED) | REPORTED | it had been burnt | reported-speech",
                lastStatement("The woman who found Mr Dunn's car told police it had been burnt."));
        assertEquals("A friend (UNNAMED) | REPORTED | he was shocked | reported-speech",
                lastStatement("A friend of Mr Dunn said he was shocked."));
        // a noun clause after "that" is no relative clause, and a spokesman of someone speaks for them
        assertEquals("Ann Ford (PERSON) | REPORTED | the plan was dead | reported-speech",
                lastStatement("There were reports that Ann Ford said the plan was dead."));
        assertEquals("Ann Ford (PERSON) | REPORTED | the plan was dead | reported-speech",
                lastStatement("A spokesman of Ann Ford said the plan was dead."));
    }

    @Test
    void aLongChainOfHeSaidGoesBackToTheSubjectNotToANameInBetween() {
        assertEquals("Ian Dale (PERSON) | DIRECT | If we do that, we will lose every buyer | trailing-cue",
                lastStatement("Ian Dale, a critic of the merger, was keen to distance himself from Mr Orr's remarks. "
                        + "The sale had been badly run, he said. But he stressed that the board had to act. "
                        + "\u201CWe must sell the plant,\u201D he said. And he warned that using fines was a mistake. "
                        + "\u201CIf we do that, we will lose every buyer,\u201D he said."));
    }

    @Test
    void aVerbBeforeAgainstOfOrAboutNamesATopicNotWordsSaid() {
        assertEquals(List.of(), statements("Ann Ford warned against reading too much into one month's figures."));
        assertEquals(List.of(), statements("The novel tells of a miner who walks home through the snow."));
        assertEquals("Ann Ford (PERSON) | REPORTED | about 300 people had come | reported-speech",
                lastStatement("Ann Ford said about 300 people had come."));
    }

    @Test
    void aNameAfterAPronounAfterTheVerbIsInTheClauseSaidAndSpeaksNot() {
        assertEquals("Ann Lee (PERSON) | REPORTED | he had suspended Mr Pike on Friday night | reported-speech",
                lastStatement("Sam Pike was due to stand in the seat. Ann Lee, who is the party's chair, said he had suspended Mr Pike on Friday night."));
    }

    @Test
    void aNameInAPhraseOpeningTheSentenceIsNoSubjectOfTheVerb() {
        assertEquals("Harbour Party (ORGANIZATION) | REPORTED | those who chose him knew nothing of his views | reported-speech",
                lastStatement("Sam Pike was suspended by the Harbour Party. On the suspension of Mr Pike, the Harbour Party said "
                        + "those who chose him knew nothing of his views."));
    }

    @Test
    void aSurnameAfterAnHonorificIsAPersonsWhateverPlaceSharesIt() {
        assertEquals("Lincoln (PERSON) | REPORTED | Britain should take its fair share | reported-speech",
                lastStatement("Mr Clarke said the plan was fair.\n\nMrs Lincoln has said Britain should take its fair share."));
    }

    @Test
    void aNameAfterTheQuoteSpeaksIt() {
        assertEquals(List.of("Ian Pearson (PERSON) | DIRECT | It is a real shame for the staff | trailing-cue"),
                statements("\u201CIt is a real shame for the staff,\u201D said Ian Pearson, BT's futurologist."));
    }

    @Test
    void aDayOrADescriptionBetweenTheNameAndTheVerbDoesNotHideTheSpeaker() {
        assertEquals(List.of("Bill Garrard (PERSON) | REPORTED | he would take legal action against the firm | reported-speech"),
                statements("Bill Garrard lost his seat. Mr Garrard on Tuesday said he would take legal action against the firm."));
        assertEquals(List.of("Ann Pellow (PERSON) | REPORTED | the bank had been planning the sale for a year | reported-speech"),
                statements("Ann Pellow, executive partner of Dunmore Crane said the bank had been planning the sale for a year."));
    }

    @Test
    void aPossessiveOrANounUseOfASpeechWordDescribesNoSpeaker() {
        assertEquals(List.of("mayor (UNNAMED) | DIRECT | They have a mayor who will not panic or change course | same-paragraph"),
                statements("The mayor said his remarks would not hurt the bid and added that his resolve may impress the "
                        + "visitors, who arrived on Tuesday. \"They have a mayor who will not panic or change course,\" he said.").stream()
                        .filter(r -> r.contains("DIRECT")).toList());
        List<String> rows = statements("Labour leader Ann Pellow said: \"This is a big mistake by the minister.\"\n\n"
                + "\"He should withdraw the remarks now.\" But a council spokeswoman insisted the minister had made the remark about adults. "
                + "\"He was talking about adults and cheap drinks offers,\" she said.");
        assertEquals("a council spokeswoman (UNNAMED) | DIRECT | He was talking about adults and cheap drinks offers | same-paragraph",
                rows.get(rows.size() - 1));
    }

    @Test
    void aRelativeClauseOrTheWritersIIsNoReportedSpeech() {
        assertEquals(List.of(), statements("The Greens have published what they say are the full costings for their plans."));
        assertEquals(List.of(), statements("What can I add to these well put arguments except my applause?"));
    }

    @Test
    void aPronounSpeaksForTheLastPersonNamed() {
        assertEquals(List.of(
                        "Tessa Jowell (PERSON) | REPORTED | the plan was sound | reported-speech",
                        "Tessa Jowell (PERSON) | DIRECT | We will not back down on this one | trailing-cue"),
                statements("Culture Secretary Tessa Jowell said the plan was sound.\n\n\"We will not back down on this one,\" she added."));
    }

    @Test
    void anOrganizationSpeaksThroughItsStatement() {
        assertEquals(List.of("Federal Bureau of Investigation (ORGANIZATION) | DIRECT | No agents were hurt in the raid | trailing-cue"),
                statements("\"No agents were hurt in the raid\", a statement from the FBI said."));
    }

    @Test
    void reportedSpeechWithAccordingTo() {
        assertEquals(List.of("World Bank (ORGANIZATION) | REPORTED | Growth slowed to two percent last year | reported-speech"),
                statements("Growth slowed to two percent last year, according to the World Bank."));
        // the tagger calls "figures" a verb; before the comma it is still the source's noun
        assertEquals(List.of("Energy Department (ORGANIZATION) | REPORTED | fuel sales dropped in May | reported-speech"),
                statements("According to Energy Department figures, fuel sales dropped in May."));
    }

    @Test
    void aFramingVerbGivesAShortPartialQuoteToItsSubject() {
        assertEquals(List.of("Greenpeace (ORGANIZATION) | DIRECT | a reckless gamble | leading-cue"),
                statements("Greenpeace has called the new pipeline \"a reckless gamble\" for the coast."));
        assertEquals(List.of("Tom Reyes (PERSON) | DIRECT | shameful | leading-cue"),
                statements("Tom Reyes, the union leader, thanked the nurses and called the cuts \"shameful\" on Friday."));
    }

    @Test
    void aSpeakerBeforeAnAsideBetweenDashesAndAnOrganizationDefinedByItsAcronym() {
        assertEquals(List.of("Mia Holt (PERSON) | REPORTED | police had blocked the road | reported-speech",
                        "Clean River Action (ORGANIZATION) | DIRECT | a fair hearing for all. | leading-cue"),
                statements("Mia Holt, a spokeswoman for Clean River Action (CRA) -- the group behind the march -- told "
                        + "reporters that police had blocked the road. CRA is calling for \"a fair hearing for all.\""));
    }

    @Test
    void aCueInAShortSentenceOfItsOwnAfterAQuoteThatEndsOne() {
        assertEquals(List.of("Tom Reyes (PERSON) | DIRECT | It was a calm day and the police kept their distance. | trailing-cue"),
                statements("\"It was a calm day and the police kept their distance.\" Tom Reyes said."));
    }

    @Test
    void aParticipleAfterADirectQuoteReportsForItsSpeaker() {
        assertEquals(List.of("Ann Ford (PERSON) | DIRECT | We can still win this | trailing-cue",
                        "Ann Ford (PERSON) | REPORTED | the vote was close because turnout fell | reported-speech"),
                statements("\"We can still win this,\" Ann Ford said, noting that the vote was close because turnout fell."));
    }

    @Test
    void aPersonsSpokesmanOrOfficeSpeaksForThePerson() {
        assertEquals(List.of("Ann Ford (PERSON) | DIRECT | was misquoted and regrets the confusion. | leading-cue"),
                statements("Ann Ford won the seat in May. Ford’s office said in a statement the senator "
                        + "“was misquoted and regrets the confusion.”"));
    }

    @Test
    void aNameWithItsPlaceOfWorkAndANameBeforeAnAsideInHyphens() {
        assertEquals(List.of("Dan Cole (PERSON) | REPORTED | The two men were freed on bail | reported-speech"),
                statements("The two men were freed on bail, Sergeant Dan Cole of the county jail said by phone."));
        assertEquals(List.of("Rita Shaw (PERSON) | REPORTED | the families were relieved | reported-speech"),
                statements("Rita Shaw - who was cleared in 1991 - said the families were relieved."));
        assertEquals(List.of("Jo Kerr (PERSON) | REPORTED | rain would follow | reported-speech"),
                statements("Jo Kerr of the Met Office said rain would follow."));
        assertEquals(List.of("Met Office (ORGANIZATION) | REPORTED | the roads were clear | reported-speech"),
                statements("A spokesman for the Met Office said the roads were clear."));
        assertEquals(List.of("Ann Lee (PERSON) | REPORTED | the plan was a mess | reported-speech"),
                statements("Ann Lee MP, the chair of the transport committee, said the plan was a mess."));
    }

    @Test
    void sheMeansTheLastWomanNamedAndHeTheLastMan() {
        assertEquals(List.of("Susan Hale (PERSON) | REPORTED | the men should be freed | reported-speech",
                        "Susan Hale (PERSON) | DIRECT | They were never charged. | leading-cue"),
                statements("Lawyer Susan Hale, who acts for Mr Petrov and Mr Dunn, said the men should be freed. "
                        + "She said: \"They were never charged.\""));
    }

    @Test
    void aStatementFromARoleNamedLastIsThatPersons() {
        assertEquals(List.of("Tariq Nadeem (PERSON) | DIRECT | We will not be silenced | trailing-cue"),
                statements("\"We will not be silenced,\" said a statement from the union's secretary-general, Tariq Nadeem."));
    }

    @Test
    void aPartialQuoteBeforeAnInvertedCueAndAccordingToInTheMiddle() {
        assertEquals(List.of("Tom Reyes (PERSON) | REPORTED | The mayor \"kept every promise\" he was asked to keep | reported-speech",
                        "Tom Reyes (PERSON) | DIRECT | kept every promise | trailing-cue"),
                statements("The mayor \"kept every promise\" he was asked to keep, said FBI spokesman Tom Reyes."));
        assertEquals(List.of("Federal Bureau of Investigation (ORGANIZATION) | REPORTED | also seized forged passports and two rifles | reported-speech"),
                statements("The raid, according to the FBI, also seized forged passports and two rifles."));
    }

    @Test
    void wentOnToWarnIsTheSubjectsAndDeclinedToSayIsNoStatement() {
        assertEquals(List.of("Mia Holt (PERSON) | DIRECT | The roads will be closed for a week. | leading-cue"),
                statements("Inspector Mia Holt went on to warn: \"The roads will be closed for a week.\""));
        assertEquals(List.of(), statements("Mia Holt, a police spokeswoman, declined to say what led to the crash."));
    }

    @Test
    void quotedNamesBorrowedWordsAndAnnouncedThingsAreNoStatements() {
        assertEquals(List.of(), statements("Police said \"Operation Clean Sweep\" would run all summer in the city."));
        assertEquals(List.of("Ann Ford (PERSON) | REPORTED | the \"big push\" had failed in the north | reported-speech"),
                statements("Ann Ford said the \"big push\" had failed in the north."));
        assertEquals(List.of(), statements("Ann Ford announced her retirement from the board she has led since 2001."));
    }

    @Test
    void heMeansTheLastSpeakerNotTheLastNameAndAQuotesOwnNamesNeverSpeak() {
        assertEquals(List.of("Dan Hale (PERSON) | REPORTED | ex-mayor Mr Ross would lead the new party | reported-speech",
                        "Dan Hale (PERSON) | REPORTED | Mr Ross had made him deputy leader | reported-speech"),
                statements("Dan Hale said ex-mayor Mr Ross would lead the new party. He said Mr Ross had made him deputy leader."));
        assertEquals(List.of("Anna Kerr (PERSON) | DIRECT | Nobody trusts Tom Reyes any more | trailing-cue"),
                statements("Anna Kerr spoke in Leeds. \"Nobody trusts Tom Reyes any more,\" she said."));
        assertEquals(List.of("Tom Reyes (PERSON) | DIRECT | Nobody trusts Ann Ford any more | trailing-cue"),
                statements("Tom Reyes spoke in Leeds. \"Nobody trusts Ann Ford any more,\" he said."));
    }

    @Test
    void heAfterAnUnnamedSpokesmanIsNoOneNamedEarlier() {
        assertEquals(List.of("Ann Ford (PERSON) | REPORTED | the plan was unfair | reported-speech",
                        "A government spokesman (UNNAMED) | REPORTED | the plan would go ahead | reported-speech",
                        "A government spokesman (UNNAMED) | DIRECT | It is not aimed at anyone | same-paragraph"),
                statements("Ann Ford said the plan was unfair. A government spokesman said the plan would go ahead. "
                        + "\"It is not aimed at anyone,\" he added."));
    }

    @Test
    void aTitledNameBeforeTheVerbIsTheSubjectNotThePlaceOfAnOpeningPhrase() {
        assertEquals(List.of("Lewis (PERSON) | REPORTED | the posters were part of a wider trend | reported-speech"),
                statements("In the Commons, Tory spokesman Mr Lewis suggested the posters were part of a wider trend."));
    }

    @Test
    void heAfterALongAsideMeansTheSubjectBeforeIt() {
        assertEquals(List.of("Ray Dunn (PERSON) | REPORTED | he was not convinced by Mr Cole's arguments | reported-speech",
                        "Ray Dunn (PERSON) | DIRECT | The reality is that it is not going to work | trailing-cue"),
                statements("Ray Dunn and Tom Cole met in Leeds. But Mr Dunn - who gained fame as one of the city's most stubborn "
                        + "critics of the plan and runs a campaign of his own alongside the official one - said he was not "
                        + "convinced by Mr Cole's arguments. \"The reality is that it is not going to work,\" he said."));
    }

    @Test
    void theOneToldIsNeverTheSpeaker() {
        assertEquals(List.of("they (UNNAMED) | DIRECT | It was a fair deal for all of us. | leading-cue"),
                statements("But they told BBC Radio Leeds: \"It was a fair deal for all of us.\""));
    }

    @Test
    void heMeansTheSubjectOfTheSentenceBeforeWhenItNamesOne() {
        assertEquals(List.of("Ann Ford (PERSON) | REPORTED | the deal was done | reported-speech",
                        "Tom Reyes (PERSON) | REPORTED | there were still open questions | reported-speech"),
                statements("Ann Ford said the deal was done. The shadow minister, Tom Reyes, welcomed the deal. "
                        + "But he said there were still open questions."));
    }

    @Test
    void aQuotedNameAfterAFramingVerbIsNoStatement() {
        assertEquals(List.of(), statements("Greenpeace called the campaign \"Clean Coast Now\" in its leaflets."));
    }

    @Test
    void twoVerbsReportingTheSameWordsMakeOneStatementWithTheNearerVerb() {
        Extraction x = pipeline.extract(TestArticles.body(
                "The nurses' union warned of longer queues and said that the new rota would fail within a month."));
        assertEquals(List.of("said"), x.quotes().stream().map(q -> q.attribution().orElseThrow().verb()).toList());
    }

    @Test
    void reportedSpeechAfterTheClause() {
        assertEquals(List.of("Ray Kelly (PERSON) | REPORTED | Five officers were injured when a liquid was thrown | reported-speech"),
                statements("Police Commissioner Ray Kelly spoke. Five officers were injured when a liquid was thrown, Kelly said."));
    }

    @Test
    void aNameOpeningTheClauseSaidIsNotASpeakerAfterTheVerb() {
        assertEquals(List.of("Ann Lee (PERSON) | REPORTED | a UN trade code was more effective than the current tariff | reported-speech"),
                statements("Trade Secretary Ann Lee, who will hold talks in Paris on Monday, said a UN trade code was more effective "
                        + "than the current tariff."));
        assertEquals(List.of("Ann Lee (PERSON) | REPORTED | the UN was wrong | reported-speech"),
                statements("Ann Lee, the trade minister, said the UN was wrong."));
    }

    @Test
    void aPartySpokesmanSpeaksForThePartyOfTheStoryUnlessAnotherWasJustNamed() {
        String body = "The Green Party is trying to win over rail users with its transport plan.\n\n"
                + "Green leader Ann Lee is pledging cheaper fares. Both Labour and the Conservatives have said they also plan to improve trains.\n\n"
                + "Party strategists believe commuters are key to success. A party spokesman said it was courting commuters.";
        List<String> rows = pipeline.extract(TestArticles.of("Greens unveil rail plan", body)).quotes().stream()
                .map(SpeakerAttributorTest::row).toList();
        assertEquals("Green Party (ORGANIZATION) | REPORTED | it was courting commuters | reported-speech", rows.get(rows.size() - 1),
                "the Conservatives were named two paragraphs before; the headline names the Greens");
        String near = "The Green Party is trying to win over rail users.\n\n"
                + "The Conservatives have their own plan. A party spokesman said it would cut fares.";
        List<String> nearRows = pipeline.extract(TestArticles.of("Greens unveil rail plan", near)).quotes().stream()
                .map(SpeakerAttributorTest::row).toList();
        assertEquals("Conservative Party (ORGANIZATION) | REPORTED | it would cut fares | reported-speech", nearRows.get(nearRows.size() - 1),
                "named just before, in the paragraph");
    }

    @Test
    void aPronounAfterTheClauseItReportsIsNotAPersonNamedInThatClause() {
        // the quotes between put the last speech verb out of reach: the pronoun looks back for a person
        assertEquals(List.of(
                        "Tom Veale (PERSON) | REPORTED | the country had lost its way | reported-speech",
                        "Tom Veale (PERSON) | DIRECT | We will mend it. We will build homes. | previous-paragraph",
                        "Tom Veale (PERSON) | REPORTED | Sam Pike has failed to fix these problems | reported-speech",
                        "Tom Veale (PERSON) | DIRECT | We simply need a new start | trailing-cue"),
                statements("Tom Veale said the country had lost its way.\n\n"
                        + "\u201CWe will mend it. We will build homes.\u201D\n\n"
                        + "Sam Pike has failed to fix these problems, he claimed.\n\n"
                        + "\u201CWe simply need a new start,\u201D he said."));
    }

    @Test
    void aPronounDoesNotGoOnWithTheSpeakerOfAPronounOfTheOtherGender() {
        assertEquals("Pike (PERSON) | DIRECT | get back home | leading-cue",
                lastStatement("Mr Pike was at the centre of a row involving the former minister Ann Lee. Ms Lee resigned over abuses, "
                        + "which she claimed to be unaware of. Mr Pike's own comments drew censure - he told refugees to "
                        + "\u201Cget back home\u201D to rebuild their countries."));
    }

    @Test
    void theOneSpokenToInAParticipialAsideIsNoSpeaker() {
        assertEquals(List.of("A senior health official (UNNAMED) | REPORTED | the plan was working | reported-speech",
                        "Sam Pike (PERSON) | REPORTED | the plan had failed | reported-speech"),
                statements("A senior health official, speaking to the BBC's health correspondent Ann Lee, said the plan was working. "
                        + "Sam Pike, speaking in Leeds on Monday, said the plan had failed."));
    }

    @Test
    void heAfterASpokesmanForAnOrganizationIsTheOrganization() {
        assertEquals("Home Office (ORGANIZATION) | DIRECT | We stand by the rules. | leading-cue",
                lastStatement("Sam Pike attacked the rules. But a spokesman for the Home Office defended the proposals. "
                        + "He said: \u201CWe stand by the rules.\u201D"));
        assertEquals("Jo Ward (PERSON) | REPORTED | the e-mails started two days ago | reported-speech",
                lastStatement("Jo Ward, spokeswoman for the Harbour Trust said it was aware of the site. "
                        + "She said the e-mails started two days ago."), "the spokeswoman has a name");
    }

    @Test
    void aSecondQuoteInTheParagraphKeepsTheSpeaker() {
        assertEquals(List.of(
                        "Anna Ford (PERSON) | DIRECT | Every seat was taken by noon | trailing-cue",
                        "Anna Ford (PERSON) | DIRECT | Most of them will have to wait another year. | same-paragraph"),
                statements("\u201CEvery seat was taken by noon,\u201D Anna Ford said. \u201CMost of them will have to wait another year.\u201D"));
    }

    @Test
    void anUnnamedSourceIsNotMadeAPerson() {
        assertEquals(List.of("a police spokesman (UNNAMED) | REPORTED | The road was closed for three hours | reported-speech"),
                statements("The road was closed for three hours, a police spokesman said."));
    }

    @Test
    void aGroupTiedToAPlaceSpeaks() {
        assertEquals(List.of("campaigners in Leeds (GROUP) | REPORTED | the closure was a mistake | reported-speech"),
                statements("But campaigners in Leeds say the closure was a mistake."));
    }

    @Test
    void aQuoteIntroducedByAnUnnamedSourceKeepsTheDescription() {
        assertEquals(List.of("group (UNNAMED) | DIRECT | Enough of this economy that exploits us all. | leading-cue"),
                statements("The group posted its demand online: \"Enough of this economy that exploits us all.\""));
    }

    @Test
    void noSpeakerIsInventedForAQuoteWithoutOne() {
        assertEquals(List.of("- | DIRECT | Enough of this economy that exploits us all. | -"),
                statements("On the banner over the square: \"Enough of this economy that exploits us all.\""));
    }

    @Test
    void theSpeakerStandsBeforeAChainOfAppositions() {
        assertEquals(List.of("Ann Ford (PERSON) | REPORTED | the decision is unfair to everyone | reported-speech"),
                statements("Ann Ford, station manager of Radio Kiss, a broadcaster in Leeds, said the decision is unfair to everyone."));
    }

    @Test
    void aRelativeClauseSpeaksForThePersonItDescribes() {
        assertEquals(List.of("Ives Lamar (PERSON) | REPORTED | he had surgery in 2014 and lives off charity | reported-speech"),
                statements("Ives Lamar, 63, an unemployed immigrant who said he had surgery in 2014 and lives off charity."));
    }

    @Test
    void aPartySpokesmanSpeaksForTheParty() {
        assertEquals(List.of("Scottish National Party (ORGANIZATION) | REPORTED | its leader was arrested on Tuesday | reported-speech"),
                statements("The Scottish National Party met. A party spokesman said its leader was arrested on Tuesday."));
    }

    @Test
    void theKindOfAnOrganizationNamedWithAnOfPhraseSpeaksForIt() {
        assertEquals(List.of("Commission on Coastal Waters (ORGANIZATION) | REPORTED | the new rules were too weak | reported-speech"),
                statements("The Commission on Coastal Waters met in Hull on Monday. The commission said the new rules were too weak."));
        assertEquals(List.of("Ministry of Fisheries (ORGANIZATION) | REPORTED | two boats were seized | reported-speech"),
                statements("Officials at the Ministry of Fisheries were busy. The ministry said two boats were seized."));
    }

    @Test
    void aSpeechTagInsideTheSentenceReportsAllOfIt() {
        assertEquals("Tom Reed (PERSON) | REPORTED | The new plant in Selby, he said, would open in March | reported-speech",
                lastStatement("Tom Reed spoke in Leeds on Friday. The new plant in Selby, he said, would open in March."));
        assertEquals("Ann Moss (PERSON) | REPORTED | The worst of the flooding, Ann Moss said, was over by noon | reported-speech",
                lastStatement("The worst of the flooding, Ann Moss said, was over by noon."));
        assertEquals(List.of(), statements("The claims, which Ann Moss has denied, are being looked into by the board."));
        // the clause before the tag is whole when what follows the tag is no verb
        assertEquals("Ann Moss (PERSON) | REPORTED | The river had risen by a metre overnight | reported-speech",
                lastStatement("The river had risen by a metre overnight, Ann Moss said, citing gauges."));
    }

    @Test
    void theOneWarnedIsNoPartOfTheWarning() {
        assertEquals(List.of("Ann Moss (PERSON) | REPORTED | the deal could collapse | reported-speech"),
                statements("Ann Moss warned Tom Hale in a letter on 3 May that the deal could collapse."));
        assertEquals(List.of("Ann Moss (PERSON) | REPORTED | taxes would fall | reported-speech"),
                statements("Ann Moss promised voters that taxes would fall."));
        assertEquals(List.of("Ann Moss (PERSON) | REPORTED | the report that Tom Hale wrote was wrong | reported-speech"),
                statements("Ann Moss said the report that Tom Hale wrote was wrong."));
    }

    @Test
    void anOrganizationByItsKindIsOneNamedBefore() {
        assertEquals(List.of("police (UNNAMED) | REPORTED | the road was shut all night | reported-speech",
                        "Leeds police (ORGANIZATION) | REPORTED | it had reopened by noon | reported-speech"),
                statements("In York, police said the road was shut all night. Later, Leeds police said it had reopened by noon."));
    }

    @Test
    void aSentenceOpeningWithAccordingToIsReportedSpeech() {
        assertEquals(List.of("Home Office (ORGANIZATION) | REPORTED | the men were deported on Monday | reported-speech"),
                statements("According to the Home Office, the men were deported on Monday."));
        assertEquals(List.of("Leeds police (ORGANIZATION) | REPORTED | two men were held overnight | reported-speech"),
                statements("According to Leeds police, two men were held overnight."));
        assertEquals(List.of("Office for National Statistics (ORGANIZATION) | REPORTED | retail sales fell by 2% | reported-speech"),
                statements("According to the Office for National Statistics' monthly survey, retail sales fell by 2%."));
        assertEquals(List.of("Ann Moss (PERSON) | REPORTED | the plan, which cost a lot, was dead | reported-speech"),
                statements("According to Ann Moss the plan, which cost a lot, was dead."));
    }

    @Test
    void heAfterASpokesmanIsTheSpokesman() {
        assertEquals("Green Party (ORGANIZATION) | DIRECT | This is a costly mistake by the council and it must stop. | leading-cue",
                lastStatement("Tom Hale said the vote was close. A Green Party spokesman attacked the plan, saying it would "
                        + "cost too much. He said: \"This is a costly mistake by the council and it must stop.\""));
        // a spokesman with a name of his own is that person
        assertEquals("Dan Royle (PERSON) | DIRECT | We were never told about the plan at any point. | leading-cue",
                lastStatement("Tom Hale said the vote was close. A spokesman for the Green Party, Dan Royle, attacked the plan. "
                        + "He said: \"We were never told about the plan at any point.\""));
    }

    @Test
    void twoThatClausesAreTwoStatements() {
        assertEquals(List.of("Ann Moss (PERSON) | REPORTED | the new bridge was safe | reported-speech",
                        "Ann Moss (PERSON) | REPORTED | it would reopen to traffic on Friday | reported-speech"),
                statements("Ann Moss said the new bridge was safe and that it would reopen to traffic on Friday."));
        // "and that" with "that" a pronoun is no second claim
        assertEquals(List.of("Ann Moss (PERSON) | REPORTED | the council had sold the land and that was the end of it | reported-speech"),
                statements("Ann Moss said the council had sold the land and that was the end of it."));
    }

    @Test
    void quotesJoinedByAndShareTheSpeaker() {
        assertEquals(List.of("Paul Brown (PERSON) | DIRECT | Trains were running on time | paired-quote",
                        "Paul Brown (PERSON) | DIRECT | the stations stayed open all night | trailing-cue"),
                statements("\"Trains were running on time\" and \"the stations stayed open all night,\" Paul Brown added."));
    }

    @Test
    void aNounAfterADeterminerIsNoReportingVerb() {
        assertEquals(List.of(), statements("CNN's Anna Smith and Rob Jones contributed to this report."));
    }

    @Test
    void theObjectOfUrgeIsNotTheSpeaker() {
        assertEquals(List.of("Marco Ruiz (PERSON) | REPORTED | the governor to extend the scheme | reported-speech"),
                statements("Senator Marco Ruiz, a Republican from Florida, urged the governor to extend the scheme."));
    }

    @Test
    void aQuoteWithItsSpeakerAfterItIsNotAlsoReportedSpeech() {
        assertEquals(List.of("Paul Brown (PERSON) | DIRECT | I do not want to speculate on that | trailing-cue"),
                statements("\"I do not want to speculate on that,\" police spokesman Paul Brown said of the incident."));
    }

    @Test
    void aQuoteParagraphContinuesTheSpeakerOfTheQuoteBefore() {
        assertEquals(List.of("Ann Ford (PERSON) | DIRECT | We will fight this all the way | trailing-cue",
                        "Ann Ford (PERSON) | DIRECT | And we will win in the end. | previous-paragraph"),
                statements("\u201CWe will fight this all the way,\u201D said Ann Ford.\n\n\u201CAnd we will win in the end.\u201D"));
    }

    @Test
    void aQuoteParagraphContinuesTheReportedSpeakerBefore() {
        assertEquals(List.of("Ann Ford (PERSON) | REPORTED | the council had failed the town | reported-speech",
                        "Ann Ford (PERSON) | DIRECT | We warned them for years. | previous-paragraph"),
                statements("Ann Ford said the council had failed the town.\n\n\u201CWe warned them for years.\u201D"));
    }

    @Test
    void theLastSpeakerOfTheParagraphBeforeGoesOn() {
        assertEquals("Mary Cole (PERSON) | DIRECT | Nobody listened to a word we said. | previous-paragraph",
                lastStatement("Tom Reyes said the bridge would open late. Mary Cole, of the residents' group, said: "
                        + "\u201CIt has been a shambles from the start.\n\n\u201CNobody listened to a word we said.\u201D"));
    }

    @Test
    void anOrganizationThatAnAppositionCallsOneIsTheSpeaker() {
        assertEquals(List.of("Quantel (ORGANIZATION) | REPORTED | profits rose 12% in the year | reported-speech"),
                statements("Quantel, Norway's second-biggest software firm, said profits rose 12% in the year."));
    }

    @Test
    void aSurnameOpeningASentenceIsThePersonNamedBeforeWhateverTheTaggerMakesOfIt() {
        assertEquals(List.of("Ann Okafor (PERSON) | REPORTED | she would not resign | reported-speech"),
                statements("Ann Okafor joined the board in May. Okafor said she would not resign."));
    }

    @Test
    void aNameAfterTheVerbOfAPronounIsWhatWasSaidNotWhoSaidIt() {
        assertEquals("Tom Hale (PERSON) | DIRECT | We have simply stated a fact | trailing-cue",
                lastStatement("Ann Okafor was in Leeds at the time. Tom Hale said that the report was sent on Friday. "
                        + "He conceded Okafor might have taken a medicine. \u201CWe have simply stated a fact,\u201D he said."));
    }

    @Test
    void accordingToFiguresFromABodyIsThatBodysStatement() {
        assertEquals(List.of("Home Office (ORGANIZATION) | REPORTED | Burglary rose by 5% in the county last year | reported-speech"),
                statements("Burglary rose by 5% in the county last year, according to figures from the Home Office."));
        assertEquals(List.of("Home Office (ORGANIZATION) | REPORTED | burglary rose by 5% in the county | reported-speech"),
                statements("According to a report published by the Home Office, burglary rose by 5% in the county."));
    }

    @Test
    void aQuoteWithASpeechVerbOfItsOwnIsNotTheParagraphsLastSpeakers() {
        assertEquals("- | DIRECT | the day the sums add up | -",
                lastStatement("Councillor Ann Mennick branded it \u201Ctasteless\u201D and offensive. The leaflet shows two "
                        + "pigs with wings and says \u201Cthe day the sums add up\u201D"));
        // Her surname before the verb is still her.
        assertEquals("Ann Mennick (PERSON) | DIRECT | We will fight it. | leading-cue",
                lastStatement("Councillor Ann Mennick branded it \u201Ctasteless\u201D and offensive. Mennick added: "
                        + "\u201CWe will fight it.\u201D"));
    }

    @Test
    void aShortSentenceWithWordsOfItsOwnAfterTheVerbIsNoCueForTheQuoteBefore() {
        assertEquals(List.of("Tom Keel (PERSON) | DIRECT | He would have stayed down a lot longer. | leading-cue",
                        "family (UNNAMED) | REPORTED | it was upset | reported-speech"),
                statements("Tom Keel said: \u201CHe would have stayed down a lot longer.\u201D The family said it was upset."));
        assertEquals(List.of("Ann Keel (PERSON) | DIRECT | Will I have the desire to go on? | trailing-cue"),
                statements("\u201CWill I have the desire to go on?\u201D Ann Keel asked on Monday."));
    }

    @Test
    void anAdverbBetweenTheNameAndTheVerbIsSkipped() {
        assertEquals(List.of("Tom Keel (PERSON) | DIRECT | He would have stayed down a lot longer. | leading-cue"),
                statements("An angry Tom Keel, whose feud with the club was not helped, initially said: "
                        + "\u201CHe would have stayed down a lot longer.\u201D"));
    }

    @Test
    void aPresentTenseVerbMayComeBeforeItsSubject() {
        assertEquals(List.of("Ann Keel (PERSON) | DIRECT | That is just how it is | trailing-cue"),
                statements("\u201CThat is just how it is,\u201D explains Ann Keel."));
    }

    @Test
    void theRoleTheArticleGaveOnePersonNamesThatPerson() {
        assertEquals("Tom Grey (PERSON) | DIRECT | Of course I trust the prime minister. | leading-cue",
                lastStatement("Chancellor Tom Grey spoke in Leeds. Prime Minister Ann Ford denied there was a rift. "
                        + "Before he left for Paris on Tuesday the chancellor told reporters: \u201COf course I trust the prime minister.\u201D"));
    }

    @Test
    void anAppositionWithAPluralPossessiveStillLeadsToTheName() {
        assertEquals(List.of("Mary Cole (PERSON) | DIRECT | It has been a shambles. | leading-cue"),
                statements("Mary Cole, of the residents' group, said: \u201CIt has been a shambles.\u201D"));
    }

    @Test
    void theHolderOfARoleNamedAfterItSpeaks() {
        assertEquals("Alan Marsh (PERSON) | DIRECT | Any cut to the budget would put the whole scheme at risk | trailing-cue",
                lastStatement("The Harbour Trust said the plan was rushed. "
                        + "\"Any cut to the budget would put the whole scheme at risk,\" said its chairman, Sir Alan Marsh."));
    }

    @Test
    void aQuoteWithAnUnnamedSpeakerOfItsOwnIsNoContinuation() {
        assertEquals(List.of("Ann Ford (PERSON) | REPORTED | the fire had spread fast | reported-speech",
                        "- | DIRECT | People were running everywhere | -"),
                statements("Ann Ford said the fire had spread fast.\n\n\u201CPeople were running everywhere,\u201D according to one neighbour."));
    }

    @Test
    void theOrganizationSpeaksWhenTheTextCallsItByItsKind() {
        assertEquals(List.of("Labour Party (ORGANIZATION) | REPORTED | the figures were wrong from the start | reported-speech"),
                statements("The Labour Party met on Monday. The party said the figures were wrong from the start."));
    }

    @Test
    void aPartyNamedByItsMembersIsTheParty() {
        assertEquals("Liberal Democrats (ORGANIZATION) | REPORTED | the scheme would cost the taxpayer nothing | reported-speech",
                lastStatement("The Conservative Party opposed the scheme. The Liberal Democrats set out one of their own. "
                        + "The party says the scheme would cost the taxpayer nothing."));
    }

    @Test
    void someoneWhoWasToldDidNotSpeak() {
        assertEquals(List.of(), statements("Ms Simonetti was told her suspension was a result of the images."));
    }

    @Test
    void aColonAfterTheVerbIntroducesTheQuoteNotReportedSpeech() {
        assertEquals(List.of("Patricia Scotland (PERSON) | DIRECT | Murder is the most serious of crimes. | leading-cue"),
                statements("But speaking after the report was published, Home Office minister Patricia Scotland said: "
                        + "\"Murder is the most serious of crimes.\""));
    }

    @Test
    void theObjectOfToldCanBeAProgrammeName() {
        assertEquals(List.of("Tony Robinson (PERSON) | REPORTED | the show's star was keen to return | reported-speech"),
                statements("Tony Robinson told ITV's This Morning the show's star was keen to return."));
    }

    @Test
    void aSpeakerCalledItIsAnOrganization() {
        Extraction x = pipeline.extract(TestArticles.body("Citigroup said it would continue to co-operate fully."));
        assertEquals(List.of("ORGANIZATION Citigroup"),
                x.entities().stream().map(e -> e.type() + " " + e.name()).toList());
    }

    @Test
    void aParticipleAfterACommaSharesTheSubjectOfTheSentencesVerb() {
        assertEquals(List.of("Ann Ford (PERSON) | DIRECT | This will not go away. | leading-cue"),
                statements("Union leader Ann Ford renewed calls for a public inquiry into the closures, warning: "
                        + "\u201CThis will not go away.\u201D"));
    }

    @Test
    void aReportingNounAfterAVerbCuesNoStatement() {
        assertEquals(List.of(), statements("The health minister has dismissed claims that the scheme was rushed through."));
    }

    @Test
    void anUnnamedSpeakerIsANounPhraseWithNoVerbInIt() {
        assertEquals(List.of("Critics of the plan (UNNAMED) | REPORTED | councils must act before the winter | reported-speech"),
                statements("Critics of the plan say councils must act before the winter."));
    }

    @Test
    void aPersonAfterAPrepositionIsTheObjectNotTheSpeaker() {
        assertEquals("Ann Ford (PERSON) | REPORTED | the return of Mr Pike was a sign of new \"cynical tactics\" by the council | reported-speech",
                lastStatement("Jane Pike left in May. Ann Ford, the Green party chairwoman, said the return of Mr Pike"
                        + " was a sign of new \"cynical tactics\" by the council."));
        assertEquals("Mary Olsen (PERSON) | DIRECT | We are only at the start",
                lastStatement("Mary Olsen runs the unit. Even with raids every week, \"We are only at the start,\""
                        + " according to Olsen.").replaceFirst(" \\| [a-z-]+$", ""), "the person after 'according to' is its speaker");
    }

    @Test
    void aLabelInThePassiveWithNoGiverQuotesNobody() {
        List<String> rows = statements("Councillor Tom Reed said: \"We will listen to every resident.\""
                + " The mayor is described as \"a proud grandfather\" of six.");
        assertEquals(List.of("Tom Reed (PERSON) | DIRECT | We will listen to every resident. | leading-cue"), rows);
        assertEquals(2, statements("Tom Reed spoke. The plan was branded \"a reckless gamble\" and \"a cruel trick\""
                + " by the Tenants Union.").size(), "a label given by someone stays a statement");
    }

    @Test
    void theAgentOfAParticipleBeforeAColonSpeaksTheQuote() {
        assertEquals("Omar Bashir (PERSON) | DIRECT | Where will the children play? | leading-cue",
                lastStatement("Resident Mary Olsen asked: \"Who pays?\" Then came the question posed by Leeds teacher"
                        + " Omar Bashir: \"Where will the children play?\""));
    }
}
