package org.newskg.rdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.langtag.LangTags;
import org.apache.jena.rfc3986.IRI3986;
import org.apache.jena.rfc3986.IRIParseException;
import org.apache.jena.rfc3986.RFC3986;

/**
 * The store-safe profile every graph newskg writes keeps, so that it loads the same way into
 * Jena, RDF4J, Oxigraph, GraphDB, Virtuoso, Stardog, Blazegraph and Neptune: no blank nodes,
 * only valid absolute IRIs, text in Unicode NFC, typed literals in their canonical lexical form,
 * well-formed BCP 47 language tags, and no RDF-star triple terms.
 */
public final class StoreSafeProfile {
    private static final int MAX_PROBLEMS = 20;
    private static final java.util.regex.Pattern ABSOLUTE = java.util.regex.Pattern.compile("[a-z][a-z0-9+.-]*:.+");
    private static final java.util.regex.Pattern UNSAFE = java.util.regex.Pattern.compile("[\\s<>\"{}|\\\\^`]");

    private StoreSafeProfile() {
    }

    /** The ways the graph breaks the profile, at most twenty; empty when it keeps it. */
    public static List<String> check(Graph graph) {
        List<String> problems = new ArrayList<>();
        java.util.Set<Node> good = new java.util.HashSet<>();
        graph.find().forEachRemaining(t -> {
            if (problems.size() < MAX_PROBLEMS) {
                check(t, problems, good);
            }
        });
        return problems;
    }

    /** Fails with the problems when the graph breaks the profile. */
    public static void require(Graph graph) {
        List<String> problems = check(graph);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("graph breaks the store-safe profile: " + String.join("; ", problems));
        }
    }

    /** Checks a triple's nodes; {@code good} remembers the nodes already found fine, as most recur. */
    private static void check(Triple t, List<String> problems, java.util.Set<Node> good) {
        for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
            if (good.contains(n)) {
                continue;
            }
            String problem = problem(n);
            if (problem != null) {
                problems.add(problem + " in " + t);
            } else {
                good.add(n);
            }
        }
    }

    private static String problem(Node n) {
        if (n.isBlank()) {
            return "blank node";
        }
        if (n.isTripleTerm()) {
            return "triple term";
        }
        if (n.isURI()) {
            String iri = n.getURI();
            return isAbsoluteIri(iri) ? null : "not a valid absolute IRI <" + iri + ">";
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            if (!belowCombiningMarks(lex) && !Normalizer.isNormalized(lex, Normalizer.Form.NFC)) {
                return "text not in NFC";
            }
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty() && !LangTags.check(lang)) {
                return "not a BCP 47 language tag '" + lang + "'";
            }
            RDFDatatype dt = n.getLiteralDatatype();
            if (dt instanceof XSDDatatype xsd && !XSDDatatype.XSDstring.equals(xsd) && !isCanonical(xsd, lex)) {
                return "not the canonical form of " + xsd.getURI() + ": '" + lex + "'";
            }
        }
        return null;
    }

    /**
     * An IRI with a scheme, by Jena's RFC 3986/3987 parser with its scheme rules (http, urn, ...),
     * and none of the characters some stores refuse even where the RFC allows them.
     */
    static boolean isAbsoluteIri(String iri) {
        return isPlainHttpIri(iri) || parsesAsAbsoluteIri(iri);
    }

    /** The full check: Jena's parser, with its scheme rules, and no characters stores refuse. */
    static boolean parsesAsAbsoluteIri(String iri) {
        if (!ABSOLUTE.matcher(iri).matches() || UNSAFE.matcher(iri).find()) {
            return false;
        }
        try {
            IRI3986 parsed = RFC3986.create(iri);
            return parsed.hasScheme() && !parsed.hasViolations();
        } catch (IRIParseException e) {
            return false;
        }
    }

    /**
     * Text with no character from U+0300 on is in NFC: every such character is its own
     * composition and none combines with the one before (the combining marks start at U+0300).
     */
    private static boolean belowCombiningMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    /**
     * The IRIs newskg mints, checked without the full parser: http or https, a lower-case host
     * of letters, digits, dots and hyphens, then a path, query and fragment of unreserved and
     * sub-delimiter characters, ':', '@', '/', '?' and at most one '#', with no percent-escapes
     * and no dot segments. Anything else goes to the parser: this only says yes early.
     */
    static boolean isPlainHttpIri(String iri) {
        int i = iri.startsWith("https://") ? 8 : iri.startsWith("http://") ? 7 : -1;
        if (i < 0) {
            return false;
        }
        int host = i;
        while (i < iri.length() && isHostChar(iri.charAt(i))) {
            i++;
        }
        if (i == host || i < iri.length() && iri.charAt(i) != '/') {
            return false;
        }
        boolean fragment = false;
        for (; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c == '#') {
                if (fragment) {
                    return false;
                }
                fragment = true;
            } else if (c == '.' && iri.charAt(i - 1) == '/') {
                return false;
            } else if (!isPathChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-';
    }

    private static boolean isPathChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
    }

    private static boolean isCanonical(XSDDatatype dt, String lex) {
        if (!dt.isValid(lex)) {
            return false;
        }
        return dt.unparse(dt.parse(lex)).equals(lex);
    }
}
