package org.newskg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestArticles;
import org.newskg.article.Article;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(Article a) {
        return splitter.split(a).stream().map(s -> s.span().of(a.text())).toList();
    }

    @Test
    void theHeadlineIsSentenceZeroAndEachLineAParagraph() {
        Article a = TestArticles.of("Dublin labs to shut down", "Intel is to close its labs.\n\nThe move affects 75 staff.");
        List<Sentence> s = splitter.split(a);
        assertEquals(List.of("Dublin labs to shut down", "Intel is to close its labs.", "The move affects 75 staff."), sentences(a));
        assertEquals(List.of(0, 1, 2), s.stream().map(Sentence::paragraph).toList());
    }

    @Test
    void doesNotEndASentenceAtTitlesInitialsOrInitialisms() {
        Article a = TestArticles.body("Mr. Smith met Sgt. Pete Simpson in St. Louis and John F. Kennedy's nephew in the U.S. Congress. Then they left.");
        assertEquals(List.of("Headline",
                "Mr. Smith met Sgt. Pete Simpson in St. Louis and John F. Kennedy's nephew in the U.S. Congress.",
                "Then they left."), sentences(a));
    }

    @Test
    void anAbbreviationThatCanEndASentenceEndsOneBeforeAWordThatOpensSentences() {
        Article a = TestArticles.body("The band signed with Tom Hale Jr. He paid them well. Shares of Pellworth Inc. But not for long. "
                + "Dr. He Lin and Tom Hale Jr. Smith met at the U.S. Embassy.");
        assertEquals(List.of("Headline", "The band signed with Tom Hale Jr.", "He paid them well.", "Shares of Pellworth Inc.",
                "But not for long.", "Dr. He Lin and Tom Hale Jr. Smith met at the U.S. Embassy."), sentences(a));
    }

    @Test
    void endsASentenceAfterAClosingQuotationMark() {
        Article a = TestArticles.body("\u201CWe\u2019re just left in a void.\u201D He said more. \"Go!\" she said.");
        assertEquals(List.of("Headline", "\u201CWe\u2019re just left in a void.\u201D", "He said more.", "\"Go!\" she said."),
                sentences(a));
    }

    @Test
    void keepsAnEllipsisFollowedByLowerCaseInItsSentence() {
        Article a = TestArticles.body("It is operating as a force... arresting 498 people. Next sentence.");
        assertEquals(List.of("Headline", "It is operating as a force... arresting 498 people.", "Next sentence."), sentences(a));
    }
}
