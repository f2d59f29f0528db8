package org.newskg.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.article.Article;

/**
 * Splits each sentence into tokens: words (with inner apostrophes and hyphens), initialisms
 * ("U.S.", "L.A."), abbreviations and middle initials with their full stop ("Mr.", "Sgt.", the
 * "K." of "Anna K. Berg"), numbers ("5,000",
 * "2.41"), the possessive "'s" as its own token, and every other non-space character alone.
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}(?:\\p{Lu}\\b)?"
                    + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?"
                    + "|[\\p{L}\\p{N}]+(?:[-'\u2019.&][\\p{L}\\p{N}]+)*"
                    + "|\\S");

    /** The tokens of every sentence, in text order. */
    public List<Token> tokenize(Article article, List<Sentence> sentences) {
        String text = article.text();
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : sentences) {
            Matcher m = TOKEN.matcher(text).region(s.span().begin(), s.span().end());
            while (m.find()) {
                int begin = m.start();
                int end = m.end();
                String word = text.substring(begin, end);
                if (end < s.span().end() && text.charAt(end) == '.'
                        && (Abbreviations.WITH_PERIOD.contains(word) || isMiddleInitial(text, word, end, s.span().end()))) {
                    end++;
                    word = word + ".";
                }
                int apostrophe = possessive(word);
                if (apostrophe > 0) {
                    tokens.add(new Token(new Span(begin, begin + apostrophe), word.substring(0, apostrophe), s.index()));
                    tokens.add(new Token(new Span(begin + apostrophe, end), word.substring(apostrophe), s.index()));
                } else {
                    tokens.add(new Token(new Span(begin, end), word, s.index()));
                }
                if (end != m.end()) {
                    m.region(end, s.span().end());
                }
            }
        }
        return List.copyOf(tokens);
    }

    /** "K" in "Anna K. Berg": one capital, its full stop, then a capitalised word. */
    private static boolean isMiddleInitial(String text, String word, int end, int sentenceEnd) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) && end + 2 < sentenceEnd
                && text.charAt(end + 1) == ' ' && Character.isUpperCase(text.charAt(end + 2));
    }

    private static int possessive(String word) {
        if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"))) {
            return word.length() - 2;
        }
        return -1;
    }
}
