package org.newskg.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The spans of an article graph as W3C Web Annotations, for annotation tools, beside NIF: each
 * fact (its evidence) and each mention becomes an {@code oa:Annotation} whose body is the fact
 * or the entity and whose target is the article with a {@code oa:TextPositionSelector} (start
 * and end in code points of the article text, as NIF's offsets) and, when the text may be
 * copied, an {@code oa:TextQuoteSelector} (the exact words and up to 32 characters either side).
 * No blank nodes: a fact's annotation is {@code <fact>/annotation}, a mention's
 * {@code <article>/annotation/mention/BEGIN-END}, with {@code /target}, {@code /position} and
 * {@code /quote} under it. Sorted, so the same graph gives the same annotations.
 */
public final class WebAnnotations {
    public static final String OA = "http://www.w3.org/ns/oa#";
    private static final Pattern SPAN = Pattern.compile("^(.*)#char=(\\d+),(\\d+)$");
    private static final int CONTEXT = 32;
    private static final Node ANNOTATION = oa("Annotation");
    private static final Node SPECIFIC_RESOURCE = oa("SpecificResource");
    private static final Node POSITION = oa("TextPositionSelector");
    private static final Node QUOTE = oa("TextQuoteSelector");

    private WebAnnotations() {
    }

    private static Node oa(String local) {
        return NodeFactory.createURI(OA + local);
    }

    /** The annotations of the article graph {@code graph}; with {@code quotes}, quote selectors from its text. */
    public static List<Quad> of(DatasetGraph dsg, Node graph, boolean quotes) {
        Optional<String> text = Optional.empty();
        if (quotes) {
            Iterator<Quad> s = dsg.find(graph, Node.ANY, Vocab.isString.asNode(), Node.ANY);
            if (s.hasNext()) {
                text = Optional.of(s.next().getObject().getLiteralLexicalForm());
            }
        }
        List<Quad> out = new ArrayList<>();
        add(dsg, graph, Vocab.evidence.asNode(), true, text, out);
        add(dsg, graph, Vocab.taIdentRef.asNode(), false, text, out);
        out.sort(Comparator.comparing((Quad q) -> q.getSubject().getURI()).thenComparing(q -> q.getPredicate().getURI())
                .thenComparing(q -> q.getObject().toString()));
        return out;
    }

    private static void add(DatasetGraph dsg, Node graph, Node predicate, boolean fact, Optional<String> text, List<Quad> out) {
        Iterator<Quad> it = dsg.find(graph, Node.ANY, predicate, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            // A fact's evidence span, or a mention's own span IRI.
            Node span = fact ? q.getObject() : q.getSubject();
            Matcher m = span.isURI() ? SPAN.matcher(span.getURI()) : null;
            if (m == null || !m.matches()) {
                continue;
            }
            String article = m.group(1);
            int begin = Integer.parseInt(m.group(2));
            int end = Integer.parseInt(m.group(3));
            Node body = fact ? q.getSubject() : q.getObject();
            String iri = fact ? body.getURI() + "/annotation" : article + "/annotation/mention/" + begin + "-" + end;
            Node annotation = NodeFactory.createURI(iri);
            Node target = NodeFactory.createURI(iri + "/target");
            Node position = NodeFactory.createURI(iri + "/position");
            out.add(Quad.create(graph, annotation, RDF.type.asNode(), ANNOTATION));
            out.add(Quad.create(graph, annotation, oa("hasBody"), body));
            out.add(Quad.create(graph, annotation, oa("hasTarget"), target));
            out.add(Quad.create(graph, annotation, oa("motivatedBy"), oa(fact ? "describing" : "identifying")));
            out.add(Quad.create(graph, target, RDF.type.asNode(), SPECIFIC_RESOURCE));
            out.add(Quad.create(graph, target, oa("hasSource"), NodeFactory.createURI(article)));
            out.add(Quad.create(graph, target, oa("hasSelector"), position));
            out.add(Quad.create(graph, position, RDF.type.asNode(), POSITION));
            out.add(Quad.create(graph, position, oa("start"), integer(begin)));
            out.add(Quad.create(graph, position, oa("end"), integer(end)));
            if (text.isPresent()) {
                String t = text.get();
                int n = t.codePointCount(0, t.length());
                if (end <= n) {
                    Node quote = NodeFactory.createURI(iri + "/quote");
                    out.add(Quad.create(graph, target, oa("hasSelector"), quote));
                    out.add(Quad.create(graph, quote, RDF.type.asNode(), QUOTE));
                    out.add(Quad.create(graph, quote, oa("exact"), NodeFactory.createLiteralString(codePoints(t, begin, end))));
                    String prefix = codePoints(t, Math.max(0, begin - CONTEXT), begin);
                    String suffix = codePoints(t, end, Math.min(n, end + CONTEXT));
                    if (!prefix.isEmpty()) {
                        out.add(Quad.create(graph, quote, oa("prefix"), NodeFactory.createLiteralString(prefix)));
                    }
                    if (!suffix.isEmpty()) {
                        out.add(Quad.create(graph, quote, oa("suffix"), NodeFactory.createLiteralString(suffix)));
                    }
                }
            }
        }
    }

    private static String codePoints(String text, int begin, int end) {
        return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
    }

    private static Node integer(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }
}
