package org.newskg.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Prefixes;
import org.newskg.rdf.Vocab;

/**
 * The names a dataset derives for its persons and organizations of the whole corpus. Each article
 * graph gives such a node the article's own spelling as {@code rdfs:label}; two articles may
 * spell one name two ways ("Ann Lee-Marsh" and "Ann Lee Marsh" are one IRI), and a node must have
 * one {@code schema:name}. Here it gets the spelling the most articles use (then the longer, which
 * keeps an initial's full stop or a hyphen, then the first in code point order), and each other
 * spelling as a {@code schema:alternateName}. The graph is rebuilt whole from the article graphs:
 * the choice depends on what they hold, not on the order they came in, and no article graph
 * changes with it.
 */
public final class CorpusNames {
    /** The derived graph's name; never an article's graph name. */
    public static final String GRAPH = Iris.DERIVED + "names";
    static final String QUERY = "entity-names.rq";

    /** The most articles first, then the longer spelling, then code point order. */
    private static final Comparator<Map.Entry<String, Integer>> PREFERRED =
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                    .thenComparing(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> e.getKey().length()).reversed())
                    .thenComparing(Map.Entry::getKey);

    private CorpusNames() {
    }

    /** Rebuilds the names from the article graphs; returns how many nodes are named. */
    public static int refresh(KgStore store) {
        Model names = names(Queries.selectRows(store, QueryFiles.read(QUERY)));
        store.replaceGraphs(Map.of(GRAPH, names));
        return names.listSubjectsWithProperty(Vocab.name).toList().size();
    }

    /** The names graph of these rows: a schema:name for each entity, alternate spellings beside it. */
    static Model names(List<Map<String, String>> rows) {
        SortedMap<String, SortedMap<String, SortedSet<String>>> spellings = new TreeMap<>();
        for (Map<String, String> row : rows) {
            spellings.computeIfAbsent(row.get("entity"), k -> new TreeMap<>())
                    .computeIfAbsent(row.get("name"), k -> new TreeSet<>()).add(row.get("article"));
        }
        Model m = ModelFactory.createDefaultModel();
        Prefixes.set(m);
        spellings.forEach((entity, byName) -> {
            Map<String, Integer> articles = new TreeMap<>();
            byName.forEach((name, in) -> articles.put(name, in.size()));
            String preferred = articles.entrySet().stream().min(PREFERRED).orElseThrow().getKey();
            Resource r = m.createResource(entity).addProperty(Vocab.name, preferred);
            articles.keySet().stream().filter(n -> !n.equals(preferred)).forEach(n -> r.addProperty(Vocab.alternateName, n));
        });
        return m;
    }
}
