package org.newskg.server;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * REGEX and REPLACE that the query timeout stops. ARQ's own run a match to its end, and a
 * pattern such as {@code (a+)+$} or {@code .*x} over an article's text can take hours; these
 * read the text through a {@link CharSequence} that checks the request's deadline every few
 * thousand characters the matcher looks at. {@link QueryGuard} puts them in place of the
 * built-in functions of every query the server answers.
 */
final class TimedRegex {
    static final String MATCHES = "urn:newskg:function:matches";
    static final String REPLACE = "urn:newskg:function:replace";
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private TimedRegex() {
    }

    static void register() {
        FunctionRegistry.get().put(MATCHES, Matches.class);
        FunctionRegistry.get().put(REPLACE, Replace.class);
    }

    /** The request on this thread must end by this {@link System#nanoTime()}. */
    static void startDeadline(long nanoTime) {
        DEADLINE.set(nanoTime);
    }

    static void clearDeadline() {
        DEADLINE.remove();
    }

    static String text(NodeValue v) {
        Node n = v.asNode();
        if (!n.isLiteral()) {
            throw new ExprEvalException("not a string: " + v);
        }
        return n.getLiteralLexicalForm();
    }

    static CharSequence timed(String s) {
        Long deadline = DEADLINE.get();
        return deadline == null ? s : new DeadlineChars(s, deadline);
    }

    private abstract static class PatternFunction extends FunctionBase {
        private String lastPattern;
        private String lastFlags;
        private Pattern compiled;

        Pattern pattern(String pattern, String flags) {
            if (!pattern.equals(lastPattern) || !java.util.Objects.equals(flags, lastFlags)) {
                compiled = RegexEngine.makePattern("Regex", pattern, flags);
                lastPattern = pattern;
                lastFlags = flags;
            }
            return compiled;
        }
    }

    /** REGEX(text, pattern [, flags]). */
    public static final class Matches extends PatternFunction {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 2 || args.size() > 3) {
                throw new ExprEvalException("REGEX takes 2 or 3 arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String flags = args.size() > 2 ? text(args.get(2)) : null;
            return NodeValue.makeBoolean(pattern(text(args.get(1)), flags).matcher(timed(text(args.get(0)))).find());
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]); the result keeps the text's language tag. */
    public static final class Replace extends PatternFunction {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 3 || args.size() > 4) {
                throw new ExprEvalException("REPLACE takes 3 or 4 arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String flags = args.size() > 3 ? text(args.get(3)) : null;
            Matcher m = pattern(text(args.get(1)), flags).matcher(timed(text(args.get(0))));
            String result = m.replaceAll(text(args.get(2)));
            String lang = args.get(0).asNode().getLiteralLanguage();
            return lang == null || lang.isEmpty() ? NodeValue.makeString(result) : NodeValue.makeLangString(result, lang);
        }
    }

    /** A string whose reader is stopped when the deadline has passed (one matcher, one thread). */
    private static final class DeadlineChars implements CharSequence {
        private final String s;
        private final long deadline;
        private int reads;

        DeadlineChars(String s, long deadline) {
            this.s = s;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && System.nanoTime() > deadline) {
                throw new QueryCancelledException();
            }
            return s.charAt(index);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new DeadlineChars(s.substring(start, end), deadline);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}
