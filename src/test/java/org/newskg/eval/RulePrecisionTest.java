package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePrecisionTest {
    @Test
    void eachFactCountsForTheRuleThatMadeIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("flood.json");
        Files.writeString(file, """
                {"persons": [{"name": "Ann Okafor", "aliases": []}],
                 "organizations": [{"name": "Fire Brigades Union", "aliases": ["FBU"]}],
                 "places": [{"name": "Carlisle", "kind": "city", "aliases": []}],
                 "arrest_counts": [{"count": 4, "place": "Carlisle"}],
                 "quotes": [{"text_contains": "the river rose too fast", "speaker": "Ann Okafor", "kind": "direct"}]}
                """);
        GoldArticle gold = new GoldReader().read(file);
        Map<String, Tally> rules = RulePrecision.score(gold, List.of(
                Map.of("category", "persons", "rule", "first-name", "name", "Ann Okafor"),
                Map.of("category", "persons", "rule", "speech-verb", "name", "Tories"),
                Map.of("category", "persons", "rule", "speech-verb", "name", "Okafor"),
                Map.of("category", "organizations", "rule", "acronym", "name", "FBU"),
                Map.of("category", "places", "rule", "gazetteer", "name", "Penrith"),
                Map.of("category", "arrest_counts", "rule", "passive-arrest", "count", "4", "place", "Carlisle"),
                Map.of("category", "arrest_counts", "rule", "passive-arrest", "count", "4", "place", ""),  // no place: wrong
                Map.of("category", "quotes_attributed", "rule", "trailing-cue", "text", "The river rose too fast for us",
                        "speaker", "Okafor"),
                Map.of("category", "quotes_attributed", "rule", "same-paragraph", "text", "The river rose too fast",
                        "speaker", "Fire Brigades Union")));
        assertEquals(Map.of("persons/first-name", new Tally(1, 0, 0), "persons/speech-verb", new Tally(1, 1, 0),
                "organizations/acronym", new Tally(1, 0, 0), "places/gazetteer", new Tally(0, 1, 0),
                "arrest_counts/passive-arrest", new Tally(1, 1, 0), "quotes_attributed/trailing-cue", new Tally(1, 0, 0),
                "quotes_attributed/same-paragraph", new Tally(0, 1, 0)), rules);
    }
}
