package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class VocabTest {
    @Test
    void everyConstantIsDeclaredInTheOntology() throws Exception {
        Model ontology = RDFParser.source("ontology/newskg.ttl").toModel();
        int checked = 0;
        for (Field f : Vocab.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource term = (Resource) f.get(null);
                assertTrue(ontology.contains(ontology.createResource(term.getURI()), RDF.type),
                        "Vocab." + f.getName() + " <" + term.getURI() + "> is not declared in ontology/newskg.ttl");
                checked++;
            }
        }
        assertTrue(checked > 50, "checked only " + checked);
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
