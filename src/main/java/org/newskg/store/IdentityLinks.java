package org.newskg.store;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Prefixes;
import org.newskg.rdf.Vocab;

/**
 * The graph of identity links a dataset derives from its article graphs. A person an article
 * names by one word only ("Marsh", an IRI under that article) is {@code nkg:possiblySame} as each
 * corpus person whose full name ends in that word, never merged with it: each link is an
 * {@code nkg:IdentityLink} with the evidence to weigh (articles naming the candidate, corpus
 * persons the two are both mentioned with, shared affiliations, shared role names). The graph is rebuilt whole from
 * the article graphs, so it depends on what they hold and not on the order they came in, and no
 * article graph is changed by it.
 */
public final class IdentityLinks {
    /** The derived graph's name; never an article's graph name. */
    public static final String GRAPH = Iris.DERIVED + "identity";
    static final String QUERY = "person-mentions.rq";

    private IdentityLinks() {
    }

    /** Rebuilds the links from the article graphs; returns how many there are. */
    public static int refresh(KgStore store) {
        Model links = graph(Queries.selectRows(store, QueryFiles.read(QUERY)));
        store.replaceGraphs(Map.of(GRAPH, links));
        return links.listSubjectsWithProperty(Vocab.candidate).toList().size();
    }

    /** The graph of links and namesake flags that these rows of person-mentions.rq give. */
    static Model graph(List<Map<String, String>> rows) {
        Corpus corpus = new Corpus();
        for (Map<String, String> row : rows) {
            corpus.add(row.get("article"), row.get("person"), row.get("name"), row.get("org"), row.get("role"));
        }
        Model links = links(corpus);
        namesakes(corpus, links);
        return links;
    }

    private static Model links(Corpus c) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.set(m);
        for (var local : c.names.entrySet()) {
            if (corpusWide(local.getKey())) {
                continue;
            }
            String word = local.getValue();
            for (String person : c.bySurname.getOrDefault(word, new TreeSet<>())) {
                Resource link = m.createResource(local.getKey() + "/possibly-same/" + person.substring(Iris.ID.length())
                        .replace('/', '-'), Vocab.IdentityLink)
                        .addProperty(Vocab.linkedMention, m.createResource(local.getKey()))
                        .addProperty(Vocab.candidate, m.createResource(person))
                        .addLiteral(Vocab.candidateArticles, m.createTypedLiteral(
                                Integer.toString(c.articles.get(person).size()), XSDDatatype.XSDinteger))
                        .addLiteral(Vocab.sharedCoMentions, m.createTypedLiteral(
                                Integer.toString(c.sharedCoMentions(local.getKey(), person)), XSDDatatype.XSDinteger));
                Set<String> shared = new TreeSet<>(c.orgs.getOrDefault(local.getKey(), new TreeSet<>()));
                shared.retainAll(c.orgs.getOrDefault(person, new TreeSet<>()));
                shared.forEach(org -> link.addProperty(Vocab.sharedAffiliation, m.createResource(org)));
                Set<String> roles = new TreeSet<>(c.roles.getOrDefault(local.getKey(), new TreeSet<>()));
                roles.retainAll(c.roles.getOrDefault(person, new TreeSet<>()));
                roles.forEach(role -> link.addProperty(Vocab.sharedRole, role));
                m.createResource(local.getKey()).addProperty(Vocab.possiblySame, m.createResource(person));
            }
        }
        return m;
    }

    /**
     * Flags each corpus person two of whose articles give affiliations with nothing in common and
     * no role name in common ("Ann Lee" of the Harbour Party in one, of Fen Valley Rovers in
     * another): perhaps two people of one name. The node is not split (its IRI is its name in
     * every article graph); the flag names the articles and what each gave, for a reader to weigh.
     */
    private static void namesakes(Corpus c, Model m) {
        for (var person : c.orgsIn.entrySet()) {
            List<String> articles = List.copyOf(person.getValue().keySet());
            SortedSet<String> orgs = new TreeSet<>();
            person.getValue().values().forEach(orgs::addAll);
            Map<String, String> group = Affiliations.grouped(orgs);
            Map<String, Set<String>> groupsIn = new TreeMap<>();
            person.getValue().forEach((article, given) -> groupsIn.put(article,
                    given.stream().map(group::get).collect(Collectors.toCollection(TreeSet::new))));
            SortedSet<String> involved = new TreeSet<>();
            for (int i = 0; i < articles.size(); i++) {
                for (int j = i + 1; j < articles.size(); j++) {
                    String a = articles.get(i);
                    String b = articles.get(j);
                    boolean unrelated = Collections.disjoint(groupsIn.get(a), groupsIn.get(b));
                    if (unrelated && !c.sharesRole(person.getKey(), a, b)) {
                        involved.add(a);
                        involved.add(b);
                    }
                }
            }
            if (involved.isEmpty()) {
                continue;
            }
            String iri = person.getKey() + "/possible-namesakes";
            Resource flag = m.createResource(iri, Vocab.PossibleNamesakes).addProperty(Vocab.person, m.createResource(person.getKey()));
            for (String article : involved) {
                Resource given = m.createResource(iri + "/" + article.substring(article.lastIndexOf('/') + 1))
                        .addProperty(Vocab.wasDerivedFrom, m.createResource(article));
                person.getValue().get(article).forEach(org -> given.addProperty(Vocab.affiliation, m.createResource(org)));
                flag.addProperty(Vocab.affiliationGiven, given);
            }
        }
    }

    private static boolean corpusWide(String person) {
        return person.startsWith(Iris.ID + "person/");
    }

    private static String lastWord(String name) {
        String n = name.strip();
        return n.substring(n.lastIndexOf(' ') + 1);
    }

    /** The persons of the corpus: names, articles, affiliations, and corpus persons by surname. */
    private static final class Corpus {
        final SortedMap<String, String> names = new TreeMap<>();
        final Map<String, SortedSet<String>> articles = new TreeMap<>();
        final Map<String, SortedSet<String>> persons = new TreeMap<>();
        final Map<String, SortedSet<String>> orgs = new TreeMap<>();
        final Map<String, SortedSet<String>> roles = new TreeMap<>();
        final Map<String, SortedSet<String>> bySurname = new TreeMap<>();
        /** For each corpus person, each article that gives it an affiliation, and the affiliations. */
        final SortedMap<String, SortedMap<String, SortedSet<String>>> orgsIn = new TreeMap<>();
        /** For each person, the role names each article gives it. */
        final Map<String, Map<String, SortedSet<String>>> rolesIn = new TreeMap<>();

        void add(String article, String person, String name, String org, String role) {
            names.putIfAbsent(person, name);
            articles.computeIfAbsent(person, k -> new TreeSet<>()).add(article);
            persons.computeIfAbsent(article, k -> new TreeSet<>()).add(person);
            if (!org.isEmpty()) {
                orgs.computeIfAbsent(person, k -> new TreeSet<>()).add(org);
                if (corpusWide(person)) {
                    orgsIn.computeIfAbsent(person, k -> new TreeMap<>()).computeIfAbsent(article, k -> new TreeSet<>()).add(org);
                }
            }
            if (!role.isEmpty()) {
                String r = role.strip().toLowerCase(java.util.Locale.ROOT);
                roles.computeIfAbsent(person, k -> new TreeSet<>()).add(r);
                rolesIn.computeIfAbsent(person, k -> new TreeMap<>()).computeIfAbsent(article, k -> new TreeSet<>()).add(r);
            }
            if (corpusWide(person) && name.strip().indexOf(' ') > 0) {
                bySurname.computeIfAbsent(lastWord(name), k -> new TreeSet<>()).add(person);
            }
        }

        /** Whether two articles give the person a role name in common. */
        boolean sharesRole(String person, String a, String b) {
            Map<String, SortedSet<String>> in = rolesIn.getOrDefault(person, Map.of());
            Set<String> shared = new TreeSet<>(in.getOrDefault(a, new TreeSet<>()));
            shared.retainAll(in.getOrDefault(b, new TreeSet<>()));
            return !shared.isEmpty();
        }

        /** Corpus persons named beside the local one in its article and beside the candidate in one of its own. */
        int sharedCoMentions(String local, String candidate) {
            Set<String> near = new TreeSet<>();
            for (String a : articles.get(local)) {
                near.addAll(persons.get(a));
            }
            near.removeIf(p -> !corpusWide(p) || p.equals(candidate));
            Set<String> alongside = new TreeSet<>();
            for (String a : articles.get(candidate)) {
                alongside.addAll(persons.get(a));
            }
            near.retainAll(alongside);
            return near.size();
        }
    }
}
