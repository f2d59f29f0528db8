package org.newskg.extract.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Answers "is this span inside one of those?" in logarithmic time, so that a stage asking it
 * for every token of a long article stays linear in the article's length.
 */
public final class SpanIndex {
    private final int[] begins;
    private final int[] maxEnds;

    public SpanIndex(Collection<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        begins = new int[sorted.size()];
        maxEnds = new int[sorted.size()];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            begins[i] = sorted.get(i).begin();
            max = Math.max(max, sorted.get(i).end());
            maxEnds[i] = max;
        }
    }

    /** Whether one of the spans contains {@code span}. */
    public boolean containsAny(Span span) {
        int k = lastAtOrBefore(begins, span.begin());
        return k >= 0 && maxEnds[k] >= span.end();
    }

    /** The index of the last value at or before {@code value} in a sorted array, or -1. */
    public static int lastAtOrBefore(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
