package org.newskg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.Vocab;

/**
 * The graphs a dataset derives from its article graphs ({@link IdentityLinks}, {@link Discrepancies},
 * {@link CorpusNames}), rebuilt whole after every change to the article graphs. Their inputs are the rows of three
 * queries over the article graphs: read from the store, or, for a build into a new dataset,
 * gathered from each article's graph as it is built ({@link Inputs#of(ArticleGraph)}, on the
 * extraction threads) so that the store need not be read again.
 */
public final class DerivedGraphs {
    private DerivedGraphs() {
    }

    /** The rows the derived graphs are made from. */
    public static final class Inputs {
        private final List<Map<String, String>> persons = new ArrayList<>();
        private final List<Map<String, String>> counts = new ArrayList<>();
        private final List<Map<String, String>> names = new ArrayList<>();

        /**
         * The rows of one article's graph: what person-mentions.rq, count-facts.rq and entity-names.rq answer over
         * it, read straight from the model (a SPARQL query per article would cost more than its
         * extraction); a test holds the two the same.
         */
        public static Inputs of(ArticleGraph graph) {
            Model m = graph.model();
            Inputs in = new Inputs();
            for (Statement s : m.listStatements(null, Vocab.mentions, (RDFNode) null).toList()) {
                Resource article = s.getSubject();
                Resource person = s.getResource();
                if (!m.contains(article, RDF.type, Vocab.NewsArticle)) {
                    continue;
                }
                for (RDFNode label : m.listObjectsOfProperty(person, RDFS.label).toList()) {
                    in.names.add(Map.of("article", article.getURI(), "entity", person.getURI(),
                            "name", label.asLiteral().getLexicalForm()));
                }
                if (!m.contains(person, RDF.type, Vocab.Person)) {
                    continue;
                }
                List<String> orgs = m.listObjectsOfProperty(person, Vocab.affiliation).mapWith(o -> o.asResource().getURI()).toList();
                List<String> roles = new ArrayList<>();
                for (RDFNode role : m.listObjectsOfProperty(person, Vocab.holdsRole).toList()) {
                    m.listObjectsOfProperty(role.asResource(), Vocab.roleName).forEach(r -> roles.add(r.asLiteral().getLexicalForm()));
                }
                List<RDFNode> spelt = m.listObjectsOfProperty(person, Vocab.name).toList();
                spelt.addAll(m.listObjectsOfProperty(person, RDFS.label).toList());
                for (RDFNode name : spelt) {
                    for (String org : orgs.isEmpty() ? List.of("") : orgs) {
                        for (String role : roles.isEmpty() ? List.of("") : roles.stream().distinct().toList()) {
                            in.persons.add(Map.of("article", article.getURI(), "person", person.getURI(),
                                    "name", name.asLiteral().getLexicalForm(), "org", org, "role", role));
                        }
                    }
                }
            }
            for (Resource c : m.listSubjectsWithProperty(RDF.type, Vocab.ArrestCount).toList()) {
                Resource activity = c.getPropertyResourceValue(Vocab.wasGeneratedBy);
                Resource article = activity == null ? null : activity.getPropertyResourceValue(Vocab.used);
                Resource evidence = c.getPropertyResourceValue(Vocab.evidence);
                if (article == null || evidence == null || !c.hasProperty(Vocab.count) || !evidence.hasProperty(Vocab.beginIndex)) {
                    continue;
                }
                Resource place = c.getPropertyResourceValue(Vocab.place);
                in.counts.add(Map.of("c", c.getURI(), "article", article.getURI(),
                        "count", c.getProperty(Vocab.count).getLiteral().getLexicalForm(),
                        "place", place == null ? "" : place.getURI(),
                        "nationwide", c.hasProperty(Vocab.nationwide) ? c.getProperty(Vocab.nationwide).getLiteral().getLexicalForm() : "",
                        "date", article.hasProperty(Vocab.datePublished)
                                ? article.getProperty(Vocab.datePublished).getLiteral().getLexicalForm() : "",
                        "begin", evidence.getProperty(Vocab.beginIndex).getLiteral().getLexicalForm()));
            }
            return in;
        }

        /** The rows as person-mentions.rq, count-facts.rq and entity-names.rq give them, each sorted: to compare with the store's. */
        List<List<String>> sortedRows() {
            List<String> p = persons.stream().map(r -> String.join(" ", r.get("article"), r.get("person"), r.get("name"), r.get("org"),
                    r.get("role"))).sorted().toList();
            List<String> c = counts.stream().map(r -> String.join(" ", r.get("c"), r.get("article"), r.get("count"), r.get("place"),
                    r.get("nationwide"), r.get("date"), r.get("begin"))).sorted().toList();
            List<String> n = names.stream().map(r -> String.join(" ", r.get("article"), r.get("entity"), r.get("name")))
                    .sorted().toList();
            return List.of(p, c, n);
        }

        /** Adds another article's rows. */
        public void add(Inputs other) {
            persons.addAll(other.persons);
            counts.addAll(other.counts);
            names.addAll(other.names);
        }
    }

    /** Rebuilds every derived graph from the article graphs in the store, in one write transaction. */
    public static void refresh(KgStore store) {
        store.replaceGraphs(graphs(read(store)));
    }

    /** The rows the store's article graphs give, as {@link Inputs}. */
    static Inputs read(KgStore store) {
        Inputs in = new Inputs();
        in.persons.addAll(Queries.selectRows(store, QueryFiles.read(IdentityLinks.QUERY)));
        in.counts.addAll(Queries.selectRows(store, QueryFiles.read(Discrepancies.QUERY)));
        in.names.addAll(Queries.selectRows(store, QueryFiles.read(CorpusNames.QUERY)));
        return in;
    }

    /** Whether two sets of rows are the same, whatever their order. */
    static boolean sameRows(Inputs a, Inputs b) {
        return a.sortedRows().equals(b.sortedRows());
    }

    /**
     * The derived graphs that rows gathered from every article graph give, by graph name, in a
     * fixed order; a graph with nothing in it is an empty model (and no graph in the dataset).
     */
    public static Map<String, Model> graphs(Inputs all) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        graphs.put(IdentityLinks.GRAPH, IdentityLinks.graph(all.persons));
        graphs.put(Discrepancies.GRAPH, Discrepancies.graph(all.counts));
        graphs.put(CorpusNames.GRAPH, CorpusNames.names(all.names));
        return graphs;
    }
}
