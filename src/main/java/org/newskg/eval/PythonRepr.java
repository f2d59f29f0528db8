package org.newskg.eval;

import java.util.List;
import java.util.stream.Collectors;

/** Writes strings and lists as Python's repr() does, so reports read the same as score.py's. */
final class PythonRepr {
    private PythonRepr() {
    }

    static String string(String s) {
        String escaped = s.replace("\\", "\\\\");
        if (s.contains("'") && !s.contains("\"")) {
            return "\"" + escaped + "\"";
        }
        return "'" + escaped.replace("'", "\\'") + "'";
    }

    static String list(List<String> items) {
        return items.stream().map(PythonRepr::string).collect(Collectors.joining(", ", "[", "]"));
    }
}
