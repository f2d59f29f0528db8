package org.newskg.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes newskg writes, in one place. */
public final class Prefixes {
    private Prefixes() {
    }

    /** Gives each prefix and its namespace to {@code sink}, in a fixed order. */
    public static void forEach(java.util.function.BiConsumer<String, String> sink) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        set(pm);
        new java.util.TreeMap<>(pm.getNsPrefixMap()).forEach(sink);
    }

    public static void set(PrefixMapping pm) {
        pm.setNsPrefix(Vocab.PREFIX, Vocab.NAMESPACE);
        pm.setNsPrefix("schema", Vocab.SCHEMA);
        pm.setNsPrefix("prov", Vocab.PROV);
        pm.setNsPrefix("nif", Vocab.NIF);
        pm.setNsPrefix("itsrdf", Vocab.ITSRDF);
        pm.setNsPrefix("rdf", RDF.getURI());
        pm.setNsPrefix("rdfs", RDFS.getURI());
        pm.setNsPrefix("xsd", XSD.getURI());
        pm.setNsPrefix("id", Iris.ID);
        pm.setNsPrefix("geonames", Iris.GEONAMES);
        pm.setNsPrefix("wd", Iris.WIKIDATA);
        pm.setNsPrefix("oa", WebAnnotations.OA);
    }
}
