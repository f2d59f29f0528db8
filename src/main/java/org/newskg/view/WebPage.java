package org.newskg.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web page's files, served as they are, and the single-file report made from them by
 * inlining the style sheet and scripts and embedding the views' data. The page needs no build
 * step and loads nothing from outside: Cytoscape.js is vendored under {@code web/vendor/} with
 * its licence.
 */
public final class WebPage {
    /** The page's scripts after Cytoscape.js, in the order index.html loads them. */
    private static final List<String> SCRIPTS = List.of("lib.js", "articles.js", "graph.js", "arrests.js", "discrepancies.js", "entity.js", "search.js", "query.js", "app.js");

    private static final Map<String, String[]> ASSETS = assets();

    /** The files read so far: each is read from the classpath once. */
    private static final Map<String, Asset> LOADED = new ConcurrentHashMap<>();

    /** The report's policy: inline style and script only, no request to anywhere. */
    static final String REPORT_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "img-src data:; base-uri 'none'; form-action 'none'";

    private WebPage() {
    }

    /** A file of the page: its bytes (shared: do not change them) and content type. */
    public record Asset(byte[] bytes, String contentType) {
    }

    /** The file at a path of the page ({@code index.html}, {@code app/...}), or empty when there is none. */
    public static Optional<Asset> asset(String path) {
        String[] entry = ASSETS.get(path);
        return entry == null ? Optional.empty()
                : Optional.of(LOADED.computeIfAbsent(path, p -> new Asset(ViewResourceLib.bytes(entry[0]), entry[1])));
    }

    /** The page as one HTML file with the style, the scripts and {@code dataJson} (the views' data) inside. */
    static String report(String dataJson) {
        String html = ViewResourceLib.text("web/index.html");
        html = replaceOnce(html, "<meta name=\"newskg-mode\" content=\"server\">",
                "<meta name=\"newskg-mode\" content=\"report\">\n<meta http-equiv=\"Content-Security-Policy\" content=\""
                        + REPORT_POLICY + "\">");
        html = replaceOnce(html, "<link rel=\"stylesheet\" href=\"app/app.css\">", "<style>\n" + ViewResourceLib.text("web/app.css") + "</style>");
        html = replaceOnce(html, "<script src=\"app/vendor/cytoscape.min.js\"></script>",
                "<script>\n" + inlineScript(ViewResourceLib.text("web/vendor/cytoscape.min.js")) + "\n</script>");
        html = replaceOnce(html, "<script src=\"app/lib.js\"></script>",
                "<script type=\"application/json\" id=\"newskg-data\">" + dataJson.replace("<", "\\u003c") + "</script>\n"
                        + "<script src=\"app/lib.js\"></script>");
        for (String script : SCRIPTS) {
            html = replaceOnce(html, "<script src=\"app/" + script + "\"></script>",
                    "<script>\n" + inlineScript(ViewResourceLib.text("web/" + script)) + "\n</script>");
        }
        return html;
    }

    private static Map<String, String[]> assets() {
        Map<String, String[]> assets = new HashMap<>();
        assets.put("index.html", new String[] {"web/index.html", "text/html;charset=utf-8"});
        assets.put("app/app.css", new String[] {"web/app.css", "text/css;charset=utf-8"});
        assets.put("app/vendor/cytoscape.min.js", new String[] {"web/vendor/cytoscape.min.js", "text/javascript;charset=utf-8"});
        assets.put("app/vendor/cytoscape-LICENSE", new String[] {"web/vendor/cytoscape-LICENSE", "text/plain;charset=utf-8"});
        SCRIPTS.forEach(name -> assets.put("app/" + name, new String[] {"web/" + name, "text/javascript;charset=utf-8"}));
        return Map.copyOf(assets);
    }

    private static String inlineScript(String script) {
        if (script.contains("</script") || script.contains("<!--")) {
            throw new IllegalStateException("a script to inline holds </script or <!--, which would end the element early");
        }
        return script;
    }

    private static String replaceOnce(String html, String marker, String replacement) {
        int at = html.indexOf(marker);
        if (at < 0 || html.indexOf(marker, at + 1) >= 0) {
            throw new IllegalStateException("index.html must hold exactly one " + marker);
        }
        return html.substring(0, at) + replacement + html.substring(at + marker.length());
    }
}
