package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newskg.extract.lexicon.Lexicons;
import org.newskg.extract.lexicon.NameLexicon;
import org.newskg.extract.model.Attribution;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.Quote;
import org.newskg.extract.model.QuoteKind;
import org.newskg.extract.text.AnalyzedText;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.Span;
import org.newskg.extract.text.SpanIndex;

/**
 * Gives statements their speakers: reported speech is found with its speaker at the verb; each
 * direct quote is offered to the sieves in order until one answers, in text order; the quotes
 * none answered are offered once more when every other statement has its speaker (so a sieve
 * may look ahead), and stay unattributed when still none answers (no speaker is invented).
 *
 * <p>Reads the text and its entities; returns all statements, direct and reported, in text
 * order, and the diagnostics of quotes that do not close.
 */
public final class SpeakerAttributor {
    private final List<SpeakerSieve> sieves;
    private final QuoteFinder quotes = new QuoteFinder();
    private final ReportedSpeechFinder reported = new ReportedSpeechFinder();
    private final NameLexicon names;

    public SpeakerAttributor(List<SpeakerSieve> sieves) {
        this(sieves, null);
    }

    /** Sieves, and the given names that tell whom "she" and "he" mean (null: any person). */
    public SpeakerAttributor(List<SpeakerSieve> sieves, NameLexicon names) {
        this.names = names;
        this.sieves = List.copyOf(sieves);
        if (this.sieves.isEmpty()) {
            throw new IllegalArgumentException("at least one sieve is needed");
        }
    }

    /** The standard sieves, in order: trailing cue, leading cue, same paragraph, previous paragraph, paired quote. */
    public static SpeakerAttributor standard(Lexicons lexicons) {
        return new SpeakerAttributor(List.of(new TrailingCueSieve(), new LeadingCueSieve(), new SameParagraphSieve(),
                new PreviousParagraphSieve(), new PairedQuoteSieve()), lexicons.names());
    }

    /**
     * The attribution stage: the direct quotes of the text, the reported speech at its verbs,
     * and a speaker for each statement that has one. Needs the text and its entities.
     */
    public QuoteFinder.Result find(AnalyzedText text, List<Entity> entities) {
        QuoteFinder.Result direct = quotes.find(text.article(), text.sentences(), text.tokens());
        return new QuoteFinder.Result(attribute(text, entities, direct.quotes()), direct.diagnostics());
    }

    List<Quote> attribute(AnalyzedText analyzed, List<Entity> entities, List<Quote> direct) {
        String text = analyzed.text();
        List<Sentence> sentences = analyzed.sentences();
        SpeakerLocator locator = new SpeakerLocator(analyzed, entities, names, direct.stream().map(Quote::span).toList());
        List<Quote> reportedSpeech = new ArrayList<>(reported.find(text, sentences, locator, direct));
        reportedSpeech.sort(Comparator.comparing(Quote::span));
        Statements done = new Statements();
        reportedSpeech.forEach(done::add);
        AttributionContext context = new AttributionContext(text, sentences, locator, done);
        List<Quote> sorted = new ArrayList<>(direct);
        sorted.sort(Comparator.comparing(Quote::span));
        List<Quote> unresolved = new ArrayList<>();
        for (Quote q : sorted) {
            Optional<Attribution> a = firstAnswer(q, context);
            done.add(a.map(q::attributed).orElse(q));
            if (a.isEmpty()) {
                unresolved.add(q);
            }
        }
        for (Quote q : unresolved) {
            Optional<Attribution> a = firstAnswer(q, context);
            if (a.isPresent()) {
                done.replace(q, q.attributed(a.get()));
            }
        }
        return withoutFragmentsOfReportedSpeech(done.all());
    }

    /**
     * A quoted word or two inside reported speech ("said the \u201Cbig picture\u201D had
     * changed") marks the reporter's borrowing, not a statement of its own: the reported
     * statement holds it.
     */
    private static List<Quote> withoutFragmentsOfReportedSpeech(List<Quote> all) {
        List<Span> reported = all.stream().filter(q -> q.kind() == QuoteKind.REPORTED)
                .map(Quote::span).toList();
        SpanIndex index = new SpanIndex(reported);
        List<Quote> out = new ArrayList<>();
        for (Quote q : all) {
            boolean fragment = q.kind() == QuoteKind.DIRECT && q.text().strip().split("\\s+").length < 3
                    && index.containsAny(q.span());
            if (!fragment) {
                out.add(q);
            }
        }
        return List.copyOf(out);
    }

    /** The first sieve's answer, in sieve order. */
    private Optional<Attribution> firstAnswer(Quote q, AttributionContext cx) {
        for (SpeakerSieve sieve : sieves) {
            Optional<Attribution> a = sieve.attribute(q, cx);
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }
}
