package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newskg.article.Article;
import org.newskg.extract.lexicon.SpeechVerbs;
import org.newskg.extract.model.Diagnostic;
import org.newskg.extract.model.Quote;
import org.newskg.extract.model.QuoteKind;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.Span;
import org.newskg.extract.text.Token;

/**
 * Finds direct quotations: words between straight ("...") or curly (“...”) double quotation
 * marks, within a paragraph, or running on to the paragraph's end when the next paragraph opens
 * with a quotation mark (the convention for a quote spanning paragraphs). A quotation is a
 * statement when a speech verb stands in its sentence, or when it reads as a sentence (a
 * capital and five or more words); short labels such as "Big Society" are scare quotes, not
 * statements. An opening mark that is never closed is reported as a {@link Diagnostic}.
 *
 * <p>Reads the article and its sentences; returns unattributed quotes and the diagnostics.
 */
public final class QuoteFinder {

    /** Direct quotes and the problems met while finding them. */
    public record Result(List<Quote> quotes, List<Diagnostic> diagnostics) {
        public Result {
            quotes = List.copyOf(quotes);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Result find(Article article, List<Sentence> sentences, List<Token> tokens) {
        String text = article.text();
        List<Quote> quotes = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Span> paragraphs = paragraphs(sentences);
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            int open = -1;
            for (int i = nextMark(text, para.begin(), para.end()); i < para.end(); i = nextMark(text, i + 1, para.end())) {
                char c = text.charAt(i);
                boolean opening = c == '\u201C' || c == '"' && looksOpening(text, i, para);
                if (opening && open >= 0 && endsSentence(text, i)) {
                    // a new quotation opens before the last one closed: paragraphs run together, as in
                    // "... on them. "We then go ...", where the closing mark of a run-on quote is left out
                    add(text, new Span(open + 1, i), sentences, tokens, quotes);
                    open = i;
                } else if (opening && open < 0) {
                    open = i;
                } else if (!opening && open >= 0 || c == '"' && open >= 0) {
                    add(text, new Span(open + 1, i), sentences, tokens, quotes);
                    open = -1;
                }
            }
            if (open >= 0) {
                boolean continues = p + 1 < paragraphs.size() && isOpeningMark(text.charAt(paragraphs.get(p + 1).begin()));
                if (continues) {
                    add(text, new Span(open + 1, para.end()), sentences, tokens, quotes);
                } else {
                    diagnostics.add(new Diagnostic(new Span(open, open + 1), "unbalanced quotation mark: opened and never closed in its paragraph"));
                }
            }
        }
        return new Result(quotes, diagnostics);
    }

    /** The index of the first quotation mark in [from, end), or end: the scan kept apart from what a mark starts. */
    private static int nextMark(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                return i;
            }
        }
        return end;
    }

    /** A straight mark with space or an opening bracket before it and a word after it opens a quotation. */
    private static boolean looksOpening(String text, int i, Span para) {
        boolean spaceBefore = i == para.begin() || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
        boolean wordAfter = i + 1 < para.end() && !Character.isWhitespace(text.charAt(i + 1));
        return spaceBefore && wordAfter;
    }

    /** Whether the text before the mark at {@code i} ends a sentence ("... on them. |"). */
    private static boolean endsSentence(String text, int i) {
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j >= 0 && ".!?".indexOf(text.charAt(j)) >= 0 && j < i - 1;
    }

    private static boolean isOpeningMark(char c) {
        return c == '"' || c == '\u201C';
    }

    private static void add(String text, Span inner, List<Sentence> sentences, List<Token> tokens, List<Quote> out) {
        int b = inner.begin();
        int e = inner.end();
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (b >= e) {
            return;
        }
        Span span = new Span(b, e);
        Sentence sentence = sentenceAt(sentences, b);
        String words = span.of(text);
        int wordCount = words.split("\\s+").length;
        boolean sentenceLike = Character.isUpperCase(words.codePointAt(0)) && wordCount >= 5;
        boolean cued = wordCount >= 3 && hasSpeechVerbAround(tokens, sentence, span)
                || Character.isLowerCase(words.codePointAt(0)) && hasVerbBefore(tokens, sentence, span);
        if ((sentenceLike || cued) && !isName(words, wordCount) && !isUnsaidLabel(text, tokens, sentence, span)) {
            out.add(new Quote(span, words, QuoteKind.DIRECT, sentence.index(), java.util.Optional.empty()));
        }
    }

    /**
     * "He is described as “a careful man”", "the plan was dubbed “the big squeeze”": a label in
     * the passive with no one giving it (no "by" after the quote, or after the labels coordinated
     * with it) quotes nobody.
     */
    private static boolean isUnsaidLabel(String text, List<Token> tokens, Sentence sentence, Span quote) {
        int i = lastTokenBefore(tokens, sentence, quote.begin());
        if (i >= 0 && tokens.get(i).text().length() == 1 && !Character.isLetterOrDigit(tokens.get(i).text().charAt(0))) {
            i--; // the opening quotation mark
        }
        if (i >= 0 && tokens.get(i).is("as")) {
            i--;
        }
        if (i < 1 || tokens.get(i).sentence() != sentence.index() || !LABEL_VERBS.contains(tokens.get(i).text())
                || !SpeechVerbs.isPassive(tokens, i)) {
            return false;
        }
        String rest = text.substring(quote.end(), Math.min(sentence.span().end(), quote.end() + 60));
        return !AGENT.matcher(rest).find(); // "described as “rash” and “cruel” by the union" has its giver
    }

    private static final java.util.regex.Pattern AGENT = java.util.regex.Pattern.compile("(^|\\W)by\\s");

    private static final java.util.Set<String> LABEL_VERBS = java.util.Set.of(
            "described", "called", "dubbed", "branded", "labelled", "labeled", "billed", "hailed", "nicknamed", "termed");

    private static int lastTokenBefore(List<Token> tokens, Sentence sentence, int offset) {
        int last = -1;
        for (int i = firstTokenOf(tokens, sentence); i < tokens.size() && tokens.get(i).sentence() == sentence.index()
                && tokens.get(i).span().end() <= offset; i++) {
            last = i;
        }
        return last;
    }

    /** "Operation Clean Sweep", "Safer Streets Now": a quoted name, every word capitalised, no sentence. */
    private static boolean isName(String words, int wordCount) {
        if (wordCount > 5 || ".!?".indexOf(words.charAt(words.length() - 1)) >= 0) {
            return false;
        }
        for (String w : words.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))
                    && !w.equals("of") && !w.equals("the") && !w.equals("and") && !w.equals("for")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A speech or framing verb before a short partial quote in its sentence ("called it
     * “shameful”", "said she was “delighted”"): the words are someone's, not scare quotes.
     */
    private static boolean hasVerbBefore(List<Token> tokens, Sentence sentence, Span quote) {
        for (int i = firstTokenOf(tokens, sentence); i < tokens.size() && tokens.get(i).sentence() == sentence.index()
                && tokens.get(i).span().end() <= quote.begin(); i++) {
            String w = tokens.get(i).text();
            if (SpeechVerbs.isSpeechVerb(w) || SpeechVerbs.isFramingVerb(w)) {
                return true;
            }
        }
        return false;
    }

    private static int firstTokenOf(List<Token> tokens, Sentence sentence) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).sentence() < sentence.index()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean hasSpeechVerbAround(List<Token> tokens, Sentence sentence, Span quote) {
        for (int i = firstTokenOf(tokens, sentence); i < tokens.size() && tokens.get(i).sentence() == sentence.index(); i++) {
            Token t = tokens.get(i);
            if (!quote.contains(t.span()) && (SpeechVerbs.isSpeechVerb(t.text()) || t.isIgnoreCase("according"))) {
                return true;
            }
        }
        return false;
    }

    static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().begin() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.get(found);
    }

    static List<Span> paragraphs(List<Sentence> sentences) {
        List<Span> out = new ArrayList<>();
        int current = -1;
        for (Sentence s : sentences) {
            if (s.paragraph() != current) {
                out.add(s.span());
                current = s.paragraph();
            } else {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.begin(), s.span().end()));
            }
        }
        return out;
    }
}
