package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newskg.extract.model.Quote;
import org.newskg.extract.model.QuoteKind;
import org.newskg.extract.text.Span;

/**
 * The statements attributed so far, kept in text order as they are added (after those of the
 * same span, as a stable sort would place them), with look-ups by position: what a sieve asks
 * for every quote costs a binary search, not a pass over every statement.
 */
final class Statements {
    private final List<Quote> inOrder = new ArrayList<>();
    private final List<Quote> view = Collections.unmodifiableList(inOrder);
    private int longestDirect;

    void add(Quote q) {
        int at = insertionPoint(q.span());
        inOrder.add(at, q);
        if (q.kind() == QuoteKind.DIRECT) {
            longestDirect = Math.max(longestDirect, q.span().length());
        }
    }

    void replace(Quote old, Quote now) {
        inOrder.remove(old);
        add(now);
    }

    /** The statements in text order (a view that follows later additions). */
    List<Quote> all() {
        return view;
    }

    /** The statements that begin at or after {@code from} and before {@code to}. */
    List<Quote> startingIn(int from, int to) {
        int first = firstBeginAtOrAfter(from);
        int end = Math.max(first, firstBeginAtOrAfter(to));
        return view.subList(first, end);
    }

    /** Whether a direct quote contains the span. */
    boolean insideDirectQuote(Span span) {
        for (int i = firstBeginAtOrAfter(span.begin() + 1) - 1; i >= 0; i--) {
            Quote q = inOrder.get(i);
            if (q.span().begin() < span.begin() - longestDirect) {
                return false;
            }
            if (q.kind() == QuoteKind.DIRECT && q.span().contains(span)) {
                return true;
            }
        }
        return false;
    }

    private int firstBeginAtOrAfter(int offset) {
        int lo = 0;
        int hi = inOrder.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (inOrder.get(mid).span().begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Where a quote of this span goes: after every statement whose span is not greater. */
    private int insertionPoint(Span span) {
        int lo = 0;
        int hi = inOrder.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (inOrder.get(mid).span().compareTo(span) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
