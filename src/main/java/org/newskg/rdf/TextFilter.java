package org.newskg.rdf;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Takes the article text out of stored quads on their way out (export, push), down to a
 * {@link TextProfile}: {@code spans} drops the copies of words ({@code nif:anchorOf},
 * {@code schema:text}, an arrest's description); {@code none} also drops the article text
 * ({@code nif:isString}), the headline and the source's fields other than its URL. The
 * extraction's {@code nkg:textProfile} is rewritten to say what the output holds. It only
 * removes: a graph stored with less text is passed on as it is.
 */
public final class TextFilter {
    private static final Set<Node> COPIES = Set.of(Vocab.anchorOf.asNode(), Vocab.text.asNode());
    private static final Set<Node> TEXT = Set.of(Vocab.isString.asNode(), Vocab.headline.asNode(),
            Vocab.additionalProperty.asNode());
    private static final Node PROFILE = Vocab.textProfile.asNode();

    private final TextProfile target;

    public TextFilter(TextProfile target) {
        this.target = Objects.requireNonNull(target, "target may not be null");
    }

    public TextProfile target() {
        return target;
    }

    /** The quad as the target profile has it, or empty when the profile leaves it out. */
    public Optional<Quad> apply(Quad q) {
        if (target == TextProfile.FULL) {
            return Optional.of(q);
        }
        Node p = q.getPredicate();
        boolean articleGraph = q.getGraph().isURI() && q.getGraph().getURI().startsWith(Iris.GRAPH);
        if (COPIES.contains(p) || articleGraph && p.equals(Vocab.description.asNode())) {
            return Optional.empty();
        }
        if (target == TextProfile.NONE && (TEXT.contains(p) || isSourceField(q.getSubject()))) {
            return Optional.empty();
        }
        if (p.equals(PROFILE) && q.getObject().isLiteral()) {
            TextProfile stored = parseOrFull(q.getObject().getLiteralLexicalForm());
            if (stored.compareTo(target) < 0) {
                return Optional.of(Quad.create(q.getGraph(), q.getSubject(), p, NodeFactory.createLiteralString(target.toString())));
            }
        }
        return Optional.of(q);
    }

    /** A copy of the named graph {@code graphIri}'s model with what the target profile keeps. */
    public org.apache.jena.rdf.model.Model apply(org.apache.jena.rdf.model.Model model, String graphIri) {
        if (target == TextProfile.FULL) {
            return model;
        }
        org.apache.jena.rdf.model.Model out = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        out.setNsPrefixes(model.getNsPrefixMap());
        Node g = NodeFactory.createURI(graphIri);
        model.getGraph().find().forEachRemaining(t -> apply(Quad.create(g, t)).ifPresent(q -> out.getGraph().add(q.asTriple())));
        return out;
    }

    private static boolean isSourceField(Node subject) {
        return subject.isURI() && subject.getURI().startsWith(Iris.ID + "article/") && subject.getURI().contains("/field/");
    }

    private static TextProfile parseOrFull(String name) {
        try {
            return TextProfile.parse(name);
        } catch (IllegalArgumentException e) {
            return TextProfile.FULL;
        }
    }
}
