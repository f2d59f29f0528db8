/**
 * RDF: the vocabulary constants ({@link org.newskg.rdf.Vocab}, mirroring {@code
 * ontology/newskg.ttl}), IRI minting ({@link org.newskg.rdf.Iris}, the only place IRIs are
 * built), the mapping of an extraction to one named graph, and Turtle/N-Quads writing.
 *
 * <p>Allowed imports: {@code org.newskg.article}, the {@code org.newskg.extract} records, Jena
 * core and RIOT. Never TDB2, picocli, or the {@code store}, {@code app} and {@code cli} packages.
 */
package org.newskg.rdf;
