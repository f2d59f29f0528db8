/**
 * Serving the dataset: an embedded Fuseki with the SPARQL 1.1 Protocol and the Graph Store
 * Protocol's read side, read-only unless updates are allowed, with a query timeout.
 *
 * <p>Allowed imports: {@code org.newskg.store}, Jena and Fuseki, the JDK. Used by {@code app} only.
 */
package org.newskg.server;
