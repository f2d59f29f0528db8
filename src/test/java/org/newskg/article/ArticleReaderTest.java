package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader();

    private Article parse(String text) throws ArticleFormatException {
        return reader.parse(new ArticleId("a"), "a.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsHeadlineDateAndBody() throws Exception {
        Article a = parse("ICE operation leads to arrests\nSaturday, 30 Sep, 2017\n\nFirst paragraph.\n\nSecond one.\n");
        assertEquals("ICE operation leads to arrests", a.headline());
        assertEquals(Optional.of(LocalDate.of(2017, 9, 30)), a.date());
        assertEquals("First paragraph.\n\nSecond one.", a.body());
        assertEquals("ICE operation leads to arrests\n\nFirst paragraph.\n\nSecond one.", a.text());
    }

    @Test
    void findsADateLineAfterABlankLine() throws Exception {
        Article a = parse("ICE operation leads to arrests\n\nSaturday, 30 Sep, 2017\n\nThe arrests are part of it.");
        assertEquals(Optional.of(LocalDate.of(2017, 9, 30)), a.date());
        assertEquals("The arrests are part of it.", a.body());
    }

    @Test
    void aFirstBodyLineMentioningADateIsStillBody() throws Exception {
        Article a = parse("Haiti decision\n\nThe administration announced on November 20, 2017 that the program would end in 2019.");
        assertEquals(Optional.empty(), a.date());
        assertEquals("The administration announced on November 20, 2017 that the program would end in 2019.", a.body());
    }

    @Test
    void aBlankDateLineLeavesTheDateEmpty() throws Exception {
        Article a = parse("BNP leader arrested\n\n\nThe leader of the party has been arrested.");
        assertEquals(Optional.empty(), a.date());
        assertEquals("The leader of the party has been arrested.", a.body());
    }

    @Test
    void aSecondLineThatIsNoDateIsBody() throws Exception {
        Article a = parse("What price for trusted PC security?\nYou can now buy trusted computers.\nMore text.");
        assertEquals("", a.dateText());
        assertEquals("You can now buy trusted computers.\nMore text.", a.body());
    }

    @Test
    void windowsLineEndsAndDecomposedAccentsAreNormalized() throws Exception {
        Article a = parse("Caf\u0065\u0301 raid\r\n\r\n\r\nPolice raided a caf\u0065\u0301.\r\n");
        assertEquals("Caf\u00e9 raid", a.headline());
        assertEquals("Police raided a caf\u00e9.", a.body());
    }

    @Test
    void refusesAnEmptyFile() {
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> parse("  \n\n"));
        assertEquals("a.txt:1: empty article: no headline and no text", e.getMessage());
    }

    @Test
    void refusesBinaryContentNamingTheLine() {
        byte[] bytes = "Headline\n\nline three\nfour \u0000 five".getBytes(StandardCharsets.UTF_8);
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> reader.parse(new ArticleId("a"), "a.txt", bytes));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("a.txt:4: binary content"), e.getMessage());
    }

    @Test
    void refusesInvalidUtf8NamingTheLine() {
        byte[] bytes = {'H', 'i', '\n', '\n', 'b', 'a', 'd', ' ', (byte) 0xE9, 't', 'e', '\n'};
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> reader.parse(new ArticleId("a"), "a.txt", bytes));
        assertEquals("a.txt:3: not valid UTF-8 (bad byte at offset 8)", e.getMessage());
    }

    @Test
    void refusesAnArticleOverTheSizeLimit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.txt");
        Files.writeString(file, "Headline\n\n" + "word ".repeat(100));
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> new ArticleReader(100).read(file));
        assertTrue(e.getMessage().endsWith("article is larger than 100 bytes"), e.getMessage());
    }

    @Test
    void takesTheIdFromTheFileName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("06 BBC BNP Griffin.txt");
        Files.writeString(file, "Headline\n\nBody.");
        assertEquals(new ArticleId("06-bbc-bnp-griffin"), reader.read(file).id());
    }
}
