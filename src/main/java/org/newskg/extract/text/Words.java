package org.newskg.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Small questions about words and token runs that every later stage asks. */
public final class Words {
    private Words() {
    }

    /** The word in lower case, the same in every locale. */
    public static String lower(String s) {
        return Objects.requireNonNull(s).toLowerCase(Locale.ROOT);
    }

    /** Whether no word comes before token {@code i} of the sentence (quotes and brackets may). */
    public static boolean isSentenceStart(List<Token> sentence, int i) {
        for (int j = 0; j < i; j++) {
            if (sentence.get(j).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** The index of the token (of a list in text order) covering a character offset, or -1. */
    public static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = tokens.get(mid).span();
            if (offset < s.begin()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
