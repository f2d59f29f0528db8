package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of {@code ontology/newskg.ttl} and the standard terms it reuses. A test checks that
 * every constant here is declared in the ontology.
 */
public final class Vocab {
    public static final String NAMESPACE = "https://newskg.org/ontology#";
    public static final String PREFIX = "nkg";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";

    // Classes
    public static final Resource NewsArticle = schema("NewsArticle");
    public static final Resource Person = schema("Person");
    public static final Resource Organization = schema("Organization");
    public static final Resource Place = schema("Place");
    public static final Resource City = schema("City");
    public static final Resource State = schema("State");
    public static final Resource Country = schema("Country");
    public static final Resource Quotation = schema("Quotation");
    public static final Resource Role = schema("Role");
    public static final Resource PropertyValue = schema("PropertyValue");
    public static final Resource Activity = ResourceFactory.createResource(PROV + "Activity");
    public static final Resource SoftwareAgent = ResourceFactory.createResource(PROV + "SoftwareAgent");
    public static final Resource Context = ResourceFactory.createResource(NIF + "Context");
    public static final Resource Phrase = ResourceFactory.createResource(NIF + "Phrase");
    public static final Resource Sentence = ResourceFactory.createResource(NIF + "Sentence");
    public static final Resource Region = own("Region");
    public static final Resource Group = own("Group");
    public static final Resource IdentityLink = own("IdentityLink");
    public static final Resource PossibleNamesakes = own("PossibleNamesakes");
    public static final Resource Discrepancy = own("Discrepancy");
    public static final Resource Statement = own("Statement");
    public static final Resource DirectQuote = own("DirectQuote");
    public static final Resource ReportedSpeech = own("ReportedSpeech");
    public static final Resource ArrestCount = own("ArrestCount");
    public static final Resource IndividualArrest = own("IndividualArrest");
    public static final Resource Mention = own("Mention");
    public static final Resource Extraction = own("Extraction");

    // Properties
    public static final Property headline = schemaProperty("headline");
    public static final Property datePublished = schemaProperty("datePublished");
    public static final Property identifier = schemaProperty("identifier");
    public static final Property name = schemaProperty("name");
    public static final Property alternateName = schemaProperty("alternateName");
    public static final Property mentions = schemaProperty("mentions");
    public static final Property sameAs = schemaProperty("sameAs");
    public static final Property text = schemaProperty("text");
    public static final Property author = schemaProperty("author");
    public static final Property affiliation = schemaProperty("affiliation");
    public static final Property roleName = schemaProperty("roleName");
    public static final Property softwareVersion = schemaProperty("softwareVersion");
    public static final Property containedInPlace = schemaProperty("containedInPlace");
    public static final Property locationCreated = schemaProperty("locationCreated");
    public static final Property url = schemaProperty("url");
    public static final Property additionalProperty = schemaProperty("additionalProperty");
    public static final Property value = schemaProperty("value");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(PROV + "wasGeneratedBy");
    public static final Property used = ResourceFactory.createProperty(PROV + "used");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(PROV + "wasAssociatedWith");
    public static final Property isString = ResourceFactory.createProperty(NIF + "isString");
    public static final Property beginIndex = ResourceFactory.createProperty(NIF + "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NIF + "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NIF + "anchorOf");
    public static final Property referenceContext = ResourceFactory.createProperty(NIF + "referenceContext");
    public static final Property taIdentRef = ResourceFactory.createProperty(ITSRDF + "taIdentRef");
    public static final Property count = ownProperty("count");
    public static final Property countQualifier = ownProperty("countQualifier");
    public static final Property restates = ownProperty("restates");
    public static final Property counted = ownProperty("counted");
    public static final Property place = ownProperty("place");
    public static final Property nationwide = ownProperty("nationwide");
    public static final Property nationality = ownProperty("nationality");
    public static final Property description = ownProperty("description");
    public static final Property sentence = ownProperty("sentence");
    public static final Property evidence = ownProperty("evidence");
    public static final Property extractionRule = ownProperty("extractionRule");
    public static final Property textProfile = ownProperty("textProfile");
    public static final Property reportingVerb = ownProperty("reportingVerb");
    public static final Property speakerDescription = ownProperty("speakerDescription");
    public static final Property attributionCue = ownProperty("attributionCue");
    public static final Property holdsRole = ownProperty("holdsRole");
    public static final Property roleAt = ownProperty("roleAt");
    public static final Property isoCode = ownProperty("isoCode");
    public static final Property contentHash = ownProperty("contentHash");
    public static final Property possiblySame = ownProperty("possiblySame");
    public static final Property linkedMention = ownProperty("linkedMention");
    public static final Property candidate = ownProperty("candidate");
    public static final Property candidateArticles = ownProperty("candidateArticles");
    public static final Property sharedCoMentions = ownProperty("sharedCoMentions");
    public static final Property sharedAffiliation = ownProperty("sharedAffiliation");
    public static final Property sharedRole = ownProperty("sharedRole");
    public static final Property person = ownProperty("person");
    public static final Property affiliationGiven = ownProperty("affiliationGiven");
    public static final Property discrepancyKind = ownProperty("discrepancyKind");
    public static final Property involves = ownProperty("involves");

    private Vocab() {
    }

    private static Resource schema(String local) {
        return ResourceFactory.createResource(SCHEMA + local);
    }

    private static Property schemaProperty(String local) {
        return ResourceFactory.createProperty(SCHEMA + local);
    }

    private static Resource own(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }

    private static Property ownProperty(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }
}
