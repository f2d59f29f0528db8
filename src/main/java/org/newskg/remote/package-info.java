/**
 * Sending article graphs to other triple stores over the SPARQL 1.1 Graph Store HTTP Protocol,
 * with Jena's {@code RDFConnection}: one graph per request, retried when the failure is
 * transient, each graph's outcome reported.
 *
 * <p>Allowed imports: {@code org.newskg.store}, {@code org.newskg.rdf}, Jena ARQ and RDFConnection,
 * the JDK. Used by {@code app} only.
 */
package org.newskg.remote;
