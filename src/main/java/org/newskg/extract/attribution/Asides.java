package org.newskg.extract.attribution;

import java.util.List;
import org.newskg.extract.text.AnalyzedText;
import org.newskg.extract.text.Token;

/**
 * Asides between a subject and its verb that name no speaker: between dashes or brackets ("Ann
 * Ford -- the agency's head -- said"), or after a comma and a participle ("A senior official,
 * speaking to the BBC's Ann Ford, said").
 */
final class Asides {
    private final AnalyzedText text;
    private final List<Token> tokens;

    Asides(AnalyzedText text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /**
     * "Ann Ford, a spokeswoman for the FBI -- the agency leading the raids -- said": the token
     * before an aside between dashes or brackets that ends at {@code k}, or {@code k} when none
     * does; -1 when the aside is not closed.
     */
    int before(int k, int sentence) {
        if (isDoubleHyphen(k)) {
            for (int j = k - 2; j > 1 && j > k - 40 && tokens.get(j).sentence() == sentence; j--) {
                if (isDoubleHyphen(j)) {
                    return j - 2;
                }
            }
            return -1;
        }
        String close = tokens.get(k).text();
        String open = switch (close) {
            case "--", "\u2014", "\u2013", "-" -> close;
            case ")" -> "(";
            default -> null;
        };
        if (open == null) {
            return k;
        }
        for (int j = k - 1; j > 0 && j > k - 40 && tokens.get(j).sentence() == sentence; j--) {
            if (tokens.get(j).is(open)) {
                return j - 1;
            }
        }
        return -1;
    }

    /**
     * The opening comma of an aside that a participle opens (", speaking to reporters on Monday,")
     * and that ends at the comma {@code k}; -1 when there is none.
     */
    int participialOpening(int k, int sentence) {
        if (!tokens.get(k).is(",")) {
            return -1;
        }
        for (int c = k - 1; c > 0 && c > k - 16 && tokens.get(c).sentence() == sentence; c--) {
            if (tokens.get(c).is(",")) {
                return c + 1 < k && tokens.get(c + 1).text().endsWith("ing") && text.tagIs(c + 1, "VBG"::equals) ? c : -1;
            }
        }
        return -1;
    }

    /** "--", which the tokenizer gives as two hyphens, ending at token {@code k}. */
    private boolean isDoubleHyphen(int k) {
        return k > 0 && tokens.get(k).is("-") && tokens.get(k - 1).is("-")
                && tokens.get(k - 1).span().end() == tokens.get(k).span().begin();
    }
}
