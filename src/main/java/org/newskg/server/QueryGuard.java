package org.newskg.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Refuses, before it runs, a query this server will not evaluate, and makes its regular
 * expressions stoppable. SERVICE is refused unless allowed, and then only to http(s) hosts on
 * public addresses (never loopback, link-local or private ones). A constant regular expression
 * has at most {@value #MAX_PATTERN_CHARS} characters; every REGEX and REPLACE runs as
 * {@link TimedRegex}, which the query's deadline stops in the middle of a match.
 */
final class QueryGuard {
    static final int MAX_PATTERN_CHARS = 200;
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final Set<String> REGEX_FUNCTIONS = Set.of(FN + "matches", FN + "replace");

    private QueryGuard() {
    }

    /** Throws {@link QueryDeniedException} (answered 422) when the query may not run. */
    static void check(Query query, boolean allowService) {
        Op op = Algebra.compile(query);
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                checkService(service.getService(), allowService);
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN f) {
                boolean regex = f instanceof E_Regex || f instanceof E_StrReplace
                        || (f instanceof E_Function fn && REGEX_FUNCTIONS.contains(fn.getFunctionIRI()));
                if (regex && f.numArgs() >= 2) {
                    checkPattern(f.getArg(2));
                }
            }
        });
    }

    static void checkService(Node service, boolean allowService) {
        if (!allowService) {
            throw new QueryDeniedException("SERVICE is not allowed on this server (start it with --allow-service to query "
                    + "other public endpoints)");
        }
        if (!service.isURI()) {
            throw new QueryDeniedException("SERVICE needs a constant endpoint IRI");
        }
        URI uri = URI.create(service.getURI());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new QueryDeniedException("SERVICE endpoints must be http or https URLs: " + service.getURI());
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!isPublic(address)) {
                    throw new QueryDeniedException("SERVICE to " + uri.getHost()
                            + " is not allowed: it is a loopback, link-local or private address");
                }
            }
        } catch (UnknownHostException e) {
            throw new QueryDeniedException("SERVICE to an unknown host: " + uri.getHost());
        }
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        boolean uniqueLocal6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean sharedCgnat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return !uniqueLocal6 && !sharedCgnat;
    }

    static void checkPattern(Expr pattern) {
        if (pattern.isConstant() && pattern.getConstant().isString()
                && pattern.getConstant().getString().length() > MAX_PATTERN_CHARS) {
            throw new QueryDeniedException("a regular expression may have at most " + MAX_PATTERN_CHARS + " characters");
        }
    }

    /** The query with REGEX and REPLACE (and fn:matches, fn:replace) replaced by {@link TimedRegex}. */
    static Query timed(Query query) {
        ExprTransformCopy timed = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN f, ExprList args) {
                if (f instanceof E_Regex || f instanceof E_Function fn && fn.getFunctionIRI().equals(FN + "matches")) {
                    return new E_Function(TimedRegex.MATCHES, args);
                }
                if (f instanceof E_StrReplace || f instanceof E_Function fn && fn.getFunctionIRI().equals(FN + "replace")) {
                    return new E_Function(TimedRegex.REPLACE, args);
                }
                return super.transform(f, args);
            }
        };
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), timed);
    }
}
