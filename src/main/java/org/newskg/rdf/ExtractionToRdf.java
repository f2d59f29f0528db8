package org.newskg.rdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.article.Article;
import org.newskg.article.ArticleId;
import org.newskg.extract.Extraction;
import org.newskg.extract.model.ArrestCount;
import org.newskg.extract.model.Attribution;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.model.IndividualArrest;
import org.newskg.extract.model.Place;
import org.newskg.extract.model.Quote;
import org.newskg.extract.model.QuoteKind;
import org.newskg.extract.model.Role;
import org.newskg.extract.model.Speaker;
import org.newskg.extract.text.Sentence;

/**
 * Maps one article's {@link Extraction} to the RDF of its named graph: the article, its text
 * as a NIF context, the entities it mentions with every mention, roles, arrest counts,
 * individual arrests and statements, each with its evidence span, sentence and the rule that
 * found it, and the PROV extraction activity that generated them (the one link from a fact to
 * its article). How much text the graph holds is its {@link TextProfile}. No blank nodes; the
 * same extraction gives the same triples.
 */
public final class ExtractionToRdf {
    private final String toolVersion;
    private final TextProfile profile;

    /** A mapper to the default profile, {@link TextProfile#SPANS}. */
    public ExtractionToRdf(String toolVersion) {
        this(toolVersion, TextProfile.SPANS);
    }

    public ExtractionToRdf(String toolVersion, TextProfile profile) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion may not be null");
        this.profile = Objects.requireNonNull(profile, "profile may not be null");
    }

    public TextProfile profile() {
        return profile;
    }

    /** The article's graph, with the IRI of the named graph it belongs in; it always keeps the {@link StoreSafeProfile}. */
    public ArticleGraph map(Extraction x) {
        Model m = model(x);
        StoreSafeProfile.require(m.getGraph());
        return new ArticleGraph(Iris.graph(x.article().id()), m);
    }

    /** The triples of the article's graph. */
    private Model model(Extraction x) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.set(m);
        Article article = x.article();
        ArticleId id = article.id();
        String text = article.text();
        for (var meta : article.metadata().entrySet()) {
            metadata(m, id, meta.getKey(), meta.getValue());
        }
        Resource a = m.createResource(Iris.article(id), Vocab.NewsArticle)
                .addProperty(Vocab.identifier, id.value())
                .addProperty(Vocab.contentHash, contentHash(article));
        if (profile.keepsText()) {
            a.addProperty(Vocab.headline, article.headline(), "en");
        }
        article.date().ifPresent(d -> a.addLiteral(Vocab.datePublished, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
        x.dateline().ifPresent(k -> a.addProperty(Vocab.locationCreated, m.createResource(Iris.entity(k))));
        Resource context = m.createResource(Iris.context(id, text.codePointCount(0, text.length())), Vocab.Context)
                .addLiteral(Vocab.beginIndex, m.createTypedLiteral(0, XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(Vocab.endIndex, m.createTypedLiteral(text.codePointCount(0, text.length()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(Vocab.wasDerivedFrom, a);
        if (profile.keepsText()) {
            context.addProperty(Vocab.isString, text, "en");
        }
        Resource activity = m.createResource(Iris.extraction(id), Vocab.Extraction)
                .addProperty(RDF.type, Vocab.Activity)
                .addProperty(Vocab.used, a)
                .addProperty(Vocab.textProfile, profile.toString())
                .addProperty(Vocab.wasAssociatedWith, m.createResource(Iris.software(toolVersion), Vocab.SoftwareAgent)
                        .addProperty(Vocab.name, "newskg")
                        .addProperty(Vocab.softwareVersion, toolVersion));
        Map<String, String> local = new HashMap<>();
        for (Entity e : x.entities()) {
            if (e.partialName()) {
                local.put(e.key(), Iris.local(id, e.key()));
            }
        }
        Facts facts = new Facts(m, profile, id, text, codePoints(text), a, activity, local);
        if (profile.keepsCopies()) {
            for (Sentence s : x.sentences()) {
                facts.phrase(s.span(), Vocab.Sentence);
            }
        }
        for (Entity e : x.entities()) {
            entity(facts, e);
        }
        for (ArrestCount c : x.counts()) {
            count(facts, x, c);
        }
        for (IndividualArrest ia : x.arrests()) {
            Resource r = facts.fact("arrest", ia.span(), Vocab.IndividualArrest, ia.sentence(), x);
            if (profile.keepsCopies()) {
                r.addProperty(Vocab.description, ia.description(), "en");
            }
            ia.nationalityKey().ifPresent(k -> r.addProperty(Vocab.nationality, m.createResource(Iris.entity(k))));
            ia.placeKey().ifPresent(k -> r.addProperty(Vocab.place, m.createResource(Iris.entity(k))));
        }
        for (Quote q : x.quotes()) {
            statement(facts, x, q);
        }
        return m;
    }

    /** For each UTF-16 offset into {@code text}, the Unicode code point offset. */
    private static int[] codePoints(String text) {
        int[] at = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            at[i] = cp;
            if (!Character.isLowSurrogate(text.charAt(i))) {
                cp++;
            }
        }
        at[text.length()] = cp;
        return at;
    }

    /** The article's nkg:contentHash: SHA-256 of its headline, date, body and source fields. */
    public static String contentHash(Article article) {
        return "sha256:" + article.contentHash();
    }

    /** What the article's graph would record of this article, this version of newskg and this profile. */
    public Fingerprint fingerprint(Article article) {
        return new Fingerprint(contentHash(article), toolVersion, profile.toString());
    }

    private static void entity(Facts f, Entity e) {
        Model m = f.model();
        Resource r = m.createResource(f.entity(e.key()));
        switch (e.type()) {
            case PERSON -> r.addProperty(RDF.type, Vocab.Person);
            case ORGANIZATION -> r.addProperty(RDF.type, Vocab.Organization);
            case PLACE -> place(r, e.place().orElseThrow());
        }
        if (e.type() != EntityType.PLACE && !f.local().containsKey(e.key())) {
            // A node of the whole corpus: its schema:name is the corpus's (CorpusNames), this article's spelling a label.
            r.addProperty(RDFS.label, e.name());
        } else {
            r.addProperty(Vocab.name, e.name());
        }
        e.distinctiveAliases().forEach(alias -> r.addProperty(Vocab.alternateName, alias));
        f.article().addProperty(Vocab.mentions, r);
        for (EntityMention mention : e.mentions()) {
            if (f.profile().keepsCopies()) {
                f.phrase(mention.span(), Vocab.Mention)
                        .addProperty(Vocab.taIdentRef, r)
                        .addProperty(Vocab.extractionRule, mention.rule());
            } else {
                f.spanIri(mention.span()).addProperty(Vocab.taIdentRef, r);
            }
        }
        for (Role role : e.roles()) {
            Resource node = m.createResource(Iris.fact(f.id(), "role", f.cp(role.span().begin()), f.cp(role.span().end())), Vocab.Role)
                    .addProperty(Vocab.roleName, role.title(), "en")
                    .addProperty(Vocab.evidence, f.evidence(role.span()))
                    .addProperty(Vocab.wasGeneratedBy, f.activity());
            role.organizationKey().ifPresent(k -> {
                Resource org = m.createResource(Iris.entity(k));
                node.addProperty(Vocab.roleAt, org);
                r.addProperty(Vocab.affiliation, org);
            });
            r.addProperty(Vocab.holdsRole, node);
        }
    }

    /** A source's own field: "url" as schema:url, any other as a schema:PropertyValue of the article. */
    private static void metadata(Model m, ArticleId id, String name, String value) {
        Resource a = m.createResource(Iris.article(id));
        if (name.equals("url") && value.matches("https?://\\S+")) {
            a.addProperty(Vocab.url, m.createResource(value));
            return;
        }
        a.addProperty(Vocab.additionalProperty, m.createResource(Iris.metadata(id, name), Vocab.PropertyValue)
                .addProperty(Vocab.name, name)
                .addProperty(Vocab.value, value));
    }

    private static void place(Resource r, Place p) {
        r.addProperty(RDF.type, switch (p.kind()) {
            case CITY -> Vocab.City;
            case STATE -> Vocab.State;
            case COUNTRY -> Vocab.Country;
            case REGION -> Vocab.Region;
        });
        r.addProperty(RDF.type, Vocab.Place);
        p.geonamesId().ifPresent(g -> r.addProperty(Vocab.sameAs, r.getModel().createResource(Iris.geonames(g))));
        p.wikidataId().ifPresent(q -> r.addProperty(Vocab.sameAs, r.getModel().createResource(Iris.wikidata(q))));
        p.isoCode().ifPresent(c -> r.addProperty(Vocab.isoCode, c));
        p.countryKey().ifPresent(k -> r.addProperty(Vocab.containedInPlace, r.getModel().createResource(Iris.entity(k))));
    }

    private static void count(Facts f, Extraction x, ArrestCount c) {
        Model m = f.model();
        Resource r = f.fact("count", c.span(), Vocab.ArrestCount, c.sentence(), x)
                .addLiteral(Vocab.count, m.createTypedLiteral(Long.toString(c.count()), XSDDatatype.XSDinteger))
                .addProperty(Vocab.countQualifier, c.qualifier())
                .addProperty(Vocab.counted, c.counted(), "en")
                .addProperty(Vocab.extractionRule, c.rule());
        c.placeKey().ifPresent(k -> r.addProperty(Vocab.place, m.createResource(Iris.entity(k))));
        if (c.nationwide()) {
            r.addLiteral(Vocab.nationwide, m.createTypedLiteral("true", XSDDatatype.XSDboolean));
        }
        c.restates().ifPresent(first -> r.addProperty(Vocab.restates, f.factNode("count", first)));
    }

    private static void statement(Facts f, Extraction x, Quote q) {
        Model m = f.model();
        Resource r = f.fact("statement", q.span(), q.kind() == QuoteKind.DIRECT ? Vocab.DirectQuote : Vocab.ReportedSpeech,
                        q.sentence(), x)
                .addProperty(RDF.type, Vocab.Statement);
        if (f.profile().keepsCopies()) {
            r.addProperty(Vocab.text, q.text(), "en");
            if (q.kind() == QuoteKind.DIRECT) {
                r.addProperty(RDF.type, Vocab.Quotation);
            }
        }
        if (q.attribution().isEmpty()) {
            return;
        }
        Attribution at = q.attribution().get();
        Speaker s = at.speaker();
        r.addProperty(Vocab.reportingVerb, at.verb())
                .addProperty(Vocab.extractionRule, at.sieve())
                .addProperty(Vocab.attributionCue, f.profile().keepsCopies() ? f.phrase(at.cue(), Vocab.Phrase) : f.spanIri(at.cue()));
        switch (s.type()) {
            case PERSON, ORGANIZATION -> r.addProperty(Vocab.author, m.createResource(f.entity(s.key())));
            case GROUP -> r.addProperty(Vocab.author, m.createResource(Iris.local(f.id(), s.key()), Vocab.Group)
                    .addProperty(Vocab.name, s.name())
                    .addProperty(Vocab.wasDerivedFrom, f.article()));
            case UNNAMED -> r.addProperty(Vocab.speakerDescription, s.name(), "en");
        }
    }
}
