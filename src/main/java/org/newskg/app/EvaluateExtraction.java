package org.newskg.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.newskg.article.Article;
import org.newskg.article.ArticleFormatException;
import org.newskg.article.ArticleReader;
import org.newskg.eval.ArticleScore;
import org.newskg.eval.Category;
import org.newskg.eval.EvaluationReport;
import org.newskg.eval.GoldArticle;
import org.newskg.eval.GoldFormatException;
import org.newskg.eval.GoldReader;
import org.newskg.eval.RulePrecision;
import org.newskg.eval.Scorer;
import org.newskg.eval.Tally;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.rdf.ExtractionToRdf;
import org.newskg.rdf.TextProfile;
import org.newskg.store.DerivedGraphs;
import org.newskg.store.KgStore;
import org.newskg.store.Queries;

/**
 * Measures extraction against gold annotations, as the reference scorer's run-eval.sh does: each
 * article with a gold file is built into a dataset of its own, the five competency queries are
 * asked, and the answers are scored; each fact is also checked with the rule that produced it,
 * for the precision of every extraction rule.
 */
public final class EvaluateExtraction {
    private final ExtractionPipeline pipeline;
    private final ArticleReader reader = new ArticleReader();
    // The full profile: per-rule precision reads every mention's rule and every statement's words from the graph.
    private final ExtractionToRdf mapper = new ExtractionToRdf(Version.current(), TextProfile.FULL);

    public EvaluateExtraction(ExtractionPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public static EvaluateExtraction standard() {
        return new EvaluateExtraction(ExtractionPipeline.standard());
    }

    /**
     * The outcome: the report, the precision of each extraction rule over all articles, and the
     * gold files that could not be evaluated (no article, unreadable).
     */
    public record Result(EvaluationReport report, Map<String, Tally> rules, List<BuildFailure> failed) {
        public Result {
            rules = Map.copyOf(rules);
            failed = List.copyOf(failed);
        }

        /** The report as text, in the layout of score.py, then the per-rule precision. */
        public String reportText() {
            return report.text() + "\n" + RulePrecision.text(rules);
        }
    }

    /**
     * Evaluates every {@code *.json} in {@code goldDir} against the article of the same name in
     * {@code articlesDir}, asking the competency queries of {@code queriesDir} (newskg's own when null).
     */
    public Result evaluate(Path goldDir, Path articlesDir, Path queriesDir) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            queries.put(c.query(), query(queriesDir, c.query()));
        }
        List<ArticleScore> scores = new ArrayList<>();
        List<Map<String, Tally>> rules = new ArrayList<>();
        String ruleEvidence = ruleEvidence();
        List<BuildFailure> failed = new ArrayList<>();
        List<Path> goldFiles;
        try (Stream<Path> files = Files.list(goldDir)) {
            goldFiles = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path goldFile : goldFiles) {
            try {
                GoldArticle gold = new GoldReader().read(goldFile);
                Optional<Path> articleFile = articleFor(articlesDir, gold.name());
                if (articleFile.isEmpty()) {
                    failed.add(new BuildFailure(goldFile.toString(), "no article for " + gold.name() + " in " + articlesDir));
                    continue;
                }
                Map<String, List<Map<String, String>>> answers = answers(reader.read(articleFile.get()), queries, ruleEvidence);
                rules.add(RulePrecision.score(gold, answers.remove(RULE_EVIDENCE)));
                scores.add(new Scorer().score(gold, answers));
            } catch (GoldFormatException | ArticleFormatException e) {
                failed.add(new BuildFailure(goldFile.toString(), e.getMessage()));
            }
        }
        return new Result(new EvaluationReport(scores), RulePrecision.add(rules), failed);
    }

    private Map<String, List<Map<String, String>>> answers(Article article, Map<String, String> queries, String ruleEvidence) {
        Map<String, List<Map<String, String>>> answers = new LinkedHashMap<>();
        try (KgStore store = KgStore.inMemory()) {
            store.replaceGraph(mapper.map(pipeline.extract(article)));
            // The names of the corpus's persons and organizations are derived, as a build derives them.
            DerivedGraphs.refresh(store);
            queries.forEach((name, sparql) -> answers.put(name, Queries.selectRows(store, sparql)));
            answers.put(RULE_EVIDENCE, Queries.selectRows(store, ruleEvidence));
        }
        return answers;
    }

    private static final String RULE_EVIDENCE = "rule-evidence";

    private static String ruleEvidence() throws IOException {
        try (InputStream in = EvaluateExtraction.class.getResourceAsStream(RULE_EVIDENCE + ".rq")) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(RULE_EVIDENCE + ".rq missing from the classpath"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Optional<Path> articleFor(Path dir, String name) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(name + ".")
                    && !f.getFileName().toString().endsWith(".json")).sorted().findFirst();
        }
    }

    private static String query(Path dir, String name) throws IOException {
        if (dir != null) {
            return Files.readString(dir.resolve(name + ".rq"));
        }
        try (InputStream in = EvaluateExtraction.class.getResourceAsStream("/ontology/queries/" + name + ".rq")) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("competency query missing from the classpath: " + name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
