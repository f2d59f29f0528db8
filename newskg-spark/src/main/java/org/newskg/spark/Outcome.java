package org.newskg.spark;

import java.io.Serializable;

/**
 * What the job made of one input item: an article's graph as N-Quads, or why the item was not
 * built ({@code failure} non-null, {@code id} and {@code nquads} null).
 *
 * @param order   the input file's place in build order
 * @param item    the item's place in its file (0 for a text article, the n-th JSON line's article)
 * @param source  the file, or "file:line" for a JSON line
 * @param line    the line of a failure, 0 when the whole file failed
 * @param nquads  the article's graph in newskg's fixed order, one quad a line
 * @param quads   how many quads
 */
record Outcome(String id, long order, long item, String source, long line, String nquads, long quads, String failure)
        implements Serializable {

    static Outcome built(String id, long order, long item, String source, String nquads, long quads) {
        return new Outcome(id, order, item, source, 0, nquads, quads, null);
    }

    static Outcome failed(long order, long item, String source, long line, String message) {
        return new Outcome(null, order, item, source, line, null, 0, message);
    }

    boolean isBuilt() {
        return failure == null;
    }

    /** Whether this item comes before {@code other} in build order. */
    boolean before(long otherOrder, long otherItem) {
        return order < otherOrder || (order == otherOrder && item < otherItem);
    }
}
