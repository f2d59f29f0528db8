package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.article.ArticleId;
import org.newskg.article.ArticleInputs;
import org.newskg.article.InputFormat;
import org.newskg.article.InputItem;
import org.newskg.extract.Extraction;
import org.newskg.extract.ExtractionPipeline;

/**
 * Every span of the lean profiles gives back its exact words from the article by its offsets
 * alone: over the bundled sample, the test articles and the vendored BBC articles, each phrase
 * the full profile copies ({@code nif:anchorOf}: mentions, evidence, attribution cues, the
 * sentences of facts) and each statement's words ({@code schema:text})
 * are recovered from the article text by the offsets of the same span in the {@code spans} and
 * {@code none} graphs, with no text in them.
 */
class SpanRecoveryTest {
    private static final List<String> ARTICLES = List.of("examples/00-safe-city-2017.txt", "src/test/resources/articles",
            "src/test/resources/corpus/bbc");
    /** More article files or folders to check, comma-separated (bench/spans.sh gives the dev set and the BBC corpus). */
    private static final String MORE = "newskg.spans.more";

    @Test
    void everySpanGivesBackItsWordsByItsOffsets() throws Exception {
        ExtractionPipeline pipeline = ExtractionPipeline.standard();
        ExtractionToRdf full = new ExtractionToRdf("test", TextProfile.FULL);
        ExtractionToRdf spans = new ExtractionToRdf("test", TextProfile.SPANS);
        ExtractionToRdf none = new ExtractionToRdf("test", TextProfile.NONE);
        int articles = 0;
        int phrases = 0;
        int statements = 0;
        List<String> wrong = new ArrayList<>();
        List<String> inputs = new ArrayList<>(ARTICLES);
        String more = System.getProperty(MORE, "");
        if (!more.isBlank()) {
            inputs.addAll(List.of(more.split(",")));
        }
        try (ArticleInputs in = new ArticleInputs(inputs, InputFormat.AUTO, new ByteArrayInputStream(new byte[0]),
                new ArticleId("stdin"))) {
            while (in.hasNext()) {
                InputItem item = in.next();
                if (!(item instanceof InputItem.Parsed parsed)) {
                    throw new AssertionError("unreadable: " + item);
                }
                Article article = parsed.article();
                Extraction x = pipeline.extract(article);
                Model copies = full.map(x).model();
                for (Model lean : List.of(spans.map(x).model(), none.map(x).model())) {
                    for (var t : copies.listStatements(null, Vocab.anchorOf, (RDFNode) null).toList()) {
                        Resource span = t.getSubject();
                        if (span.hasProperty(org.apache.jena.vocabulary.RDF.type, Vocab.Sentence)
                                && !copies.contains(null, Vocab.sentence, span)) {
                            continue; // the lean profiles keep only the sentences of facts
                        }
                        check(wrong, article, span.getURI(), lean.containsResource(span), t.getString(), textAt(article, span.getURI()));
                        phrases++;
                    }
                    for (var t : copies.listStatements(null, Vocab.text, (RDFNode) null).toList()) {
                        Resource evidence = lean.getResource(t.getSubject().getURI()).getPropertyResourceValue(Vocab.evidence);
                        String recovered = evidence == null ? null : article.text().substring(
                                article.text().offsetByCodePoints(0, evidence.getProperty(Vocab.beginIndex).getInt()),
                                article.text().offsetByCodePoints(0, evidence.getProperty(Vocab.endIndex).getInt()));
                        check(wrong, article, t.getSubject().getURI(), evidence != null, t.getString(), recovered);
                        statements++;
                    }
                    lean.listStatements(null, Vocab.evidence, (RDFNode) null).forEachRemaining(t -> {
                        Resource ev = t.getResource();
                        String offsets = ev.getURI().substring(ev.getURI().indexOf("#char=") + 6);
                        assertEquals(offsets, ev.getProperty(Vocab.beginIndex).getInt() + "," + ev.getProperty(Vocab.endIndex).getInt(),
                                "the offsets stated are the offsets of the IRI");
                    });
                }
                articles++;
            }
        }
        System.out.printf("span recovery: %d articles, %d phrases and %d statements checked in the spans and none profiles, "
                + "%d give other words%n", articles, phrases / 2, statements / 2, wrong.size());
        assertTrue(wrong.isEmpty(), wrong.size() + " spans give other words:\n" + String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
        assertTrue(articles >= 200 && phrases >= 10_000 && statements >= 1_000,
                articles + " articles, " + phrases + " phrases, " + statements + " statements checked");
    }

    private static void check(List<String> wrong, Article article, String span, boolean present, String expected, String recovered) {
        if (!present || !expected.equals(recovered)) {
            wrong.add(article.id().value() + " " + span + (present ? "" : " (missing)") + ": '" + expected + "' / '" + recovered + "'");
        }
    }

    /** The words at a NIF span IRI's offsets ({@code #char=begin,end}, code points). */
    private static String textAt(Article article, String iri) {
        String[] offsets = iri.substring(iri.indexOf("#char=") + 6).split(",");
        String text = article.text();
        return text.substring(text.offsetByCodePoints(0, Integer.parseInt(offsets[0])),
                text.offsetByCodePoints(0, Integer.parseInt(offsets[1])));
    }
}
