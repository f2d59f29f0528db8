package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Saturday, 30 Sep, 2017|2017-09-30",
        "November 22, 2017|2017-11-22",
        "30 September 2017|2017-09-30",
        "Sept. 30, 2017|2017-09-30",
        "Thu 17 Nov 2011 18:04 GMT|2011-11-17",
        "2017-09-30T10:00:00Z|2017-09-30",
        "30/09/2017|2017-09-30",
    })
    void readsThePrintedDate(String printed, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), ArticleDates.parse(printed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Updated yesterday", "31 Feb 2017", "Mayday 12, 2017"})
    void givesNothingForTextThatIsNoDate(String printed) {
        assertEquals(Optional.empty(), ArticleDates.parse(printed));
    }
}
