package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class VocabTest {
    private static final String ONTOLOGY = "https://newskg.org/ontology";

    private static Model ontology() {
        return RDFParser.source("ontology/newskg.ttl").toModel();
    }

    @Test
    void everyOwnConstantIsDeclaredWithItsDefinitionLabelAndComment() throws Exception {
        Model ontology = ontology();
        int checked = 0;
        for (Field f : Vocab.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource term = ontology.createResource(((Resource) f.get(null)).getURI());
                if (!term.getURI().startsWith(Vocab.NAMESPACE)) {
                    continue;
                }
                assertTrue(ontology.contains(term, RDF.type), "Vocab." + f.getName() + " <" + term + "> is not declared");
                assertTrue(ontology.contains(term, RDFS.isDefinedBy, ontology.createResource(ONTOLOGY)), term + " has no rdfs:isDefinedBy");
                assertTrue(ontology.contains(term, RDFS.label) && ontology.contains(term, RDFS.comment), term + " needs a label and a comment");
                checked++;
            }
        }
        assertTrue(checked > 30, "checked only " + checked);
    }

    @Test
    void theOntologyStatesNothingAboutOtherVocabulariesTerms() {
        List<String> foreign = new ArrayList<>();
        ontology().listSubjects().forEach(s -> {
            if (s.isAnon() || !s.getURI().startsWith(ONTOLOGY)) {
                foreign.add(String.valueOf(s));
            }
        });
        assertEquals(List.of(), foreign);
    }

    @Test
    void owlReasoningWithTheOntologyAddsNothingAboutPlainSchemaOrgData() {
        Model data = RDFParser.fromString("""
                PREFIX schema: <https://schema.org/>
                <http://example.org/a> a schema:NewsArticle ; schema:headline "Council votes" ;
                    schema:author <http://example.org/p> ; schema:mentions <http://example.org/o>, <http://example.org/c> .
                <http://example.org/p> a schema:Person ; schema:name "Ann Ford" ; schema:affiliation <http://example.org/o> .
                <http://example.org/o> a schema:Organization ; schema:name "Leeds Council" .
                <http://example.org/c> a schema:City, schema:Place ; schema:name "Leeds" ;
                    schema:sameAs <http://sws.geonames.org/2644688/> ; schema:containedInPlace <http://example.org/uk> .
                <http://example.org/uk> a schema:Country ; schema:name "United Kingdom" .
                <http://example.org/q> a schema:Quotation ; schema:text "We will listen." ; schema:author <http://example.org/p> .
                """, Lang.TURTLE).toModel();
        Model without = inferred(data, ModelFactory.createDefaultModel());
        Model with = inferred(data, ontology());
        List<String> added = new ArrayList<>();
        with.listStatements().forEach(st -> {
            String s = st.getSubject().isURIResource() ? st.getSubject().getURI() : "";
            boolean aboutOthers = s.startsWith(Vocab.SCHEMA) || s.startsWith("http://example.org/") || s.startsWith(Iris.GEONAMES);
            if (aboutOthers && !without.contains(st)) {
                added.add(st.toString());
            }
        });
        assertEquals(List.of(), added);
    }

    private static Model inferred(Model data, Model schema) {
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLReasoner().bindSchema(schema), data);
        Model out = ModelFactory.createDefaultModel();
        out.add(inf);
        return out;
    }

    @Test
    void everyClassTheOntologyDeclaresOrAGraphUsesHasAShape() {
        Model shapes = RDFParser.source("ontology/shapes.ttl").toModel();
        org.apache.jena.rdf.model.Property targetClass = shapes.createProperty("http://www.w3.org/ns/shacl#targetClass");
        java.util.Set<String> shaped = new java.util.TreeSet<>();
        shapes.listObjectsOfProperty(targetClass).forEachRemaining(o -> shaped.add(o.asResource().getURI()));
        java.util.Set<String> classes = new java.util.TreeSet<>();
        ontology().listSubjectsWithProperty(RDF.type, org.apache.jena.vocabulary.OWL.Class).forEachRemaining(c -> classes.add(c.getURI()));
        Model sample = RDFParser.source("output/00-safe-city-2017.ttl").toModel();
        sample.listObjectsOfProperty(RDF.type).forEachRemaining(c -> classes.add(c.asResource().getURI()));
        // A city, state or country is shaped as the schema:Place it also is.
        classes.removeAll(List.of(Vocab.SCHEMA + "City", Vocab.SCHEMA + "State", Vocab.SCHEMA + "Country"));
        assertTrue(classes.size() >= 15, classes.toString());
        List<String> unshaped = classes.stream().filter(c -> !shaped.contains(c)).toList();
        assertEquals(List.of(), unshaped, "classes no shape targets");
    }

    @Test
    void ownTermsLiveInTheNamespace() throws Exception {
        for (Field f : Vocab.class.getFields()) {
            if (Resource.class.isAssignableFrom(f.getType())) {
                String uri = ((Resource) f.get(null)).getURI();
                assertTrue(uri.startsWith(Vocab.NAMESPACE) || uri.startsWith(Vocab.SCHEMA) || uri.startsWith(Vocab.PROV)
                        || uri.startsWith(Vocab.NIF) || uri.startsWith(Vocab.ITSRDF), uri);
            }
        }
    }
}
