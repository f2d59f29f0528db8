package org.newskg.rdf;

import java.util.Objects;
import java.util.regex.Pattern;
import org.newskg.article.ArticleId;

/**
 * Mints every IRI newskg writes. Entity IRIs come from entity keys (type and normalized name),
 * so two articles naming "Philadelphia" share the city; everything read from one article
 * lives under that article's IRI, and spans use the NIF "#char=begin,end" form with Unicode
 * code point offsets.
 */
public final class Iris {
    public static final String BASE = "https://newskg.org/";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";
    /** Graphs a dataset derives from its article graphs (identity links), apart from any article's. */
    public static final String DERIVED = BASE + "derived/";
    private static final Pattern KEY = Pattern.compile("[a-z]+(/[a-z0-9][a-z0-9-]*)+");
    private static final Pattern LOWER_WORD = Pattern.compile("[a-z]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private Iris() {
    }

    public static String article(ArticleId id) {
        return ID + "article/" + Objects.requireNonNull(id, "article id may not be null").value();
    }

    /** The named graph that holds what was read from one article. */
    public static String graph(ArticleId id) {
        return GRAPH + Objects.requireNonNull(id, "article id may not be null").value();
    }

    /** The article's text as a NIF 2.0 context: the whole string, {@code #char=0,N} with N its length in code points. */
    public static String context(ArticleId id, int codePoints) {
        return span(id, 0, codePoints);
    }

    /** A span of the article's text, in code points. */
    public static String span(ArticleId id, int begin, int end) {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + "," + end);
        }
        return article(id) + "#char=" + begin + "," + end;
    }

    /** A fact read from an article: kind is "count", "statement", "arrest", "role"; at is its code point span. */
    public static String fact(ArticleId id, String kind, int begin, int end) {
        if (!LOWER_WORD.matcher(kind).matches()) {
            throw new IllegalArgumentException("bad fact kind " + kind);
        }
        return article(id) + "/" + kind + "/" + begin + "-" + end;
    }

    /** A field of the article's source ("author" of a JSON Lines record). */
    public static String metadata(ArticleId id, String field) {
        String slug = field.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return article(id) + "/field/" + (slug.isEmpty() ? "x" : slug);
    }

    public static String extraction(ArticleId id) {
        return article(id) + "/extraction";
    }

    /** An entity shared across articles, from its key ("person/matthew-albence", "place/city/new-york"). */
    public static String entity(String key) {
        Objects.requireNonNull(key, "entity key may not be null");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not an entity key: '" + key + "'");
        }
        return ID + key;
    }

    /**
     * Something only its article can say who it is, scoped to that article: a group speaker
     * ("group/protesters"), a person named by one word ("person/marsh").
     */
    public static String local(ArticleId id, String key) {
        Objects.requireNonNull(key, "key may not be null");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not an entity key: '" + key + "'");
        }
        return article(id) + "/" + key;
    }

    public static String software(String version) {
        if (!version.matches("[A-Za-z0-9.+-]+")) {
            throw new IllegalArgumentException("bad version " + version);
        }
        return ID + "software/newskg/" + version;
    }

    /** GeoNames' own form of its IRIs, the one GeoNames, DBpedia and Wikidata link to: http, not https. */
    public static final String GEONAMES = "http://sws.geonames.org/";

    public static String geonames(String geonamesId) {
        if (!DIGITS.matcher(geonamesId).matches()) {
            throw new IllegalArgumentException("bad GeoNames id " + geonamesId);
        }
        return GEONAMES + geonamesId + "/";
    }

    /** Wikidata's concept IRIs, the form its own RDF and SPARQL service use. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private static final java.util.regex.Pattern WIKIDATA_ID = java.util.regex.Pattern.compile("Q[1-9][0-9]*");

    public static String wikidata(String wikidataId) {
        if (!WIKIDATA_ID.matcher(wikidataId).matches()) {
            throw new IllegalArgumentException("bad Wikidata id " + wikidataId);
        }
        return WIKIDATA + wikidataId;
    }
}
