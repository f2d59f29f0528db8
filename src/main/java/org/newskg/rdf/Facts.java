package org.newskg.rdf;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.newskg.article.ArticleId;
import org.newskg.extract.Extraction;
import org.newskg.extract.text.Span;

/**
 * Builds the nodes every fact shares: spans, sentences, provenance; {@code local} holds the
 * IRIs of the entities only this article can identify, by key.
 */
record Facts(Model model, TextProfile profile, ArticleId id, String text, int[] codePointAt, Resource article,
        Resource activity, Map<String, String> local) {
    String entity(String key) {
        String iri = local.get(key);
        return iri != null ? iri : Iris.entity(key);
    }

    int cp(int charOffset) {
        return codePointAt[charOffset];
    }

    /** The span's NIF IRI, {@code <article>#char=begin,end} in code points: the offsets are in the IRI. */
    Resource spanIri(Span span) {
        return model.createResource(Iris.span(id, cp(span.begin()), cp(span.end())));
    }

    /** The span with its offsets as triples. */
    Resource offsets(Span span) {
        return spanIri(span)
                .addLiteral(Vocab.beginIndex, model.createTypedLiteral(Integer.toString(cp(span.begin())), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(Vocab.endIndex, model.createTypedLiteral(Integer.toString(cp(span.end())), XSDDatatype.XSDnonNegativeInteger));
    }

    /** A NIF phrase of the full profile: its type, offsets, context and words. */
    Resource phrase(Span span, Resource type) {
        return offsets(span)
                .addProperty(RDF.type, Vocab.Phrase)
                .addProperty(RDF.type, type)
                .addProperty(Vocab.referenceContext, model.createResource(Iris.context(id, codePointAt[text.length()])))
                .addProperty(Vocab.anchorOf, span.of(text), "en");
    }

    /** A fact's evidence: a full phrase, or in the lean profiles its offsets alone. */
    Resource evidence(Span span) {
        return profile.keepsCopies() ? phrase(span, Vocab.Phrase) : offsets(span);
    }

    Resource sentence(Span span) {
        return profile.keepsCopies() ? phrase(span, Vocab.Sentence) : offsets(span).addProperty(RDF.type, Vocab.Sentence);
    }

    /** The node of the article's fact of this kind at this span, as {@link #fact} names it. */
    Resource factNode(String kind, Span span) {
        return model.createResource(Iris.fact(id, kind, cp(span.begin()), cp(span.end())));
    }

    Resource fact(String kind, Span span, Resource type, int sentence, Extraction x) {
        return factNode(kind, span).addProperty(RDF.type, type)
                .addProperty(Vocab.wasGeneratedBy, activity)
                .addProperty(Vocab.evidence, evidence(span))
                .addProperty(Vocab.sentence, sentence(x.sentences().get(sentence).span()));
    }
}
