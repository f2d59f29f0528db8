package org.newskg.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.article.Article;

/**
 * Splits an article's text into sentences. The headline is sentence 0 and paragraph 0; every
 * line of the body is a paragraph; inside a paragraph a sentence ends at '.', '!' or '?' (with
 * any closing quotation marks or brackets) followed by space and a capital, digit or opening
 * quotation mark, unless the word before the full stop is an abbreviation or an initial and no
 * quotation closes after it ("in Washington, D.C.” Then ..." ends a sentence). An abbreviation
 * that may end one ("Jr.", "Inc.", "U.S.", not "Dr." or an initial) does when a word that opens
 * sentences follows ("said Tom Hale Jr. He added").
 */
public final class SentenceSplitter {
    private static final Pattern INITIALISM_END = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");
    private static final Pattern END = Pattern.compile("[.!?]+[\"\u201D\u2019')\\]]*(?=\\s+[\"\u201C\u2018(]?[\\p{Lu}\\d])");

    /** The sentences of {@code article.text()}, in order, trimmed of white space. */
    public List<Sentence> split(Article article) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                splitParagraph(text, lineStart, lineEnd, paragraph, sentences);
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return List.copyOf(sentences);
    }

    private static void splitParagraph(String text, int begin, int end, int paragraph, List<Sentence> out) {
        Matcher m = END.matcher(text).region(begin, end);
        int start = begin;
        while (m.find()) {
            boolean quoteCloses = m.group().indexOf('"') > 0 || m.group().indexOf('\u201D') > 0;
            if (m.group().startsWith(".") && !m.group().startsWith("..") && !quoteCloses) {
                String word = wordBefore(text, start, m.start());
                if (isAbbreviation(word) && !(canEndSentence(word)
                        && Abbreviations.SENTENCE_OPENERS.contains(nextWord(text, m.end(), end)))) {
                    continue;
                }
            }
            add(text, start, m.end(), paragraph, out);
            start = m.end();
        }
        add(text, start, end, paragraph, out);
    }

    /** The word that ends at {@code period}, back to a space or an opening bracket. */
    private static String wordBefore(String text, int sentenceStart, int period) {
        int w = period;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        return text.substring(w, period);
    }

    private static boolean isAbbreviation(String word) {
        // an initial ("John F. Kennedy") or the last letter of an initialism ("U.S.", "L.A.")
        return Abbreviations.WITH_PERIOD.contains(word) || isInitial(word) || INITIALISM_END.matcher(word).matches();
    }

    /** Whether an abbreviation may end a sentence: any but a title before a name or an initial. */
    private static boolean canEndSentence(String word) {
        return !Abbreviations.BEFORE_NAMES.contains(word) && !isInitial(word);
    }

    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /** The word that starts after {@code from}, past spaces and opening quotation marks. */
    private static String nextWord(String text, int from, int end) {
        int b = from;
        while (b < end && (Character.isWhitespace(text.charAt(b)) || "\"\u201C\u2018(".indexOf(text.charAt(b)) >= 0)) {
            b++;
        }
        int e = b;
        while (e < end && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(b, e);
    }

    private static void add(String text, int begin, int end, int paragraph, List<Sentence> out) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin < end) {
            out.add(new Sentence(out.size(), new Span(begin, end), paragraph));
        }
    }
}
