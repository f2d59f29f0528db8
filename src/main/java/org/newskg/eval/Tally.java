package org.newskg.eval;

/**
 * True positives, false positives and false negatives of one category.
 */
public record Tally(int tp, int fp, int fn) {
    public Tally {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public Tally plus(Tally o) {
        return new Tally(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** Precision; 1 when nothing was predicted and nothing missed, 0 when nothing was predicted but something missed. */
    public double precision() {
        return tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
    }

    public double recall() {
        return tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
}
