package org.newskg.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** The scores of all articles, micro-averaged, in score.py's text layout. */
public record EvaluationReport(List<ArticleScore> articles) {
    public EvaluationReport {
        articles = List.copyOf(articles);
    }

    /** The category's tally summed over the articles. */
    public Tally total(Category c) {
        return articles.stream().map(a -> a.tally(c)).reduce(new Tally(0, 0, 0), Tally::plus);
    }

    /** The mean of the categories' micro-averaged F1. */
    public double macroF1() {
        double sum = 0;
        for (Category c : Category.values()) {
            sum += round(total(c).f1());
        }
        return sum / Category.values().length;
    }

    /** The report as score.py prints it. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (ArticleScore a : articles) {
            b.append("== ").append(a.article()).append('\n');
            for (Category c : Category.values()) {
                Tally t = a.tally(c);
                b.append(String.format(Locale.ROOT, "  %-18s tp=%3d fp=%3d fn=%3d  f1=%s%n", c.label(), t.tp(), t.fp(), t.fn(),
                        fixed(t.f1(), 2)));
            }
            a.problems().forEach(p -> b.append("  - ").append(p).append('\n'));
        }
        b.append("== all articles (micro-averaged)\n");
        for (Category c : Category.values()) {
            Tally t = total(c);
            b.append(String.format(Locale.ROOT, "  %-18s P=%s R=%s F1=%s%n", c.label(), fixed(round(t.precision()), 2),
                    fixed(round(t.recall()), 2), fixed(round(t.f1()), 2)));
        }
        b.append("macro_f1=").append(fixed(round(macroF1()), 3)).append('\n');
        return b.toString();
    }

    /** Rounds to three places as Python's round() does: half to even on the exact binary value. */
    static double round(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Formats with {@code places} decimals as Python's format() does. */
    static String fixed(double v, int places) {
        return new BigDecimal(v).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }
}
