/**
 * Serving the dataset: an embedded Fuseki with the SPARQL 1.1 Protocol and the Graph Store
 * Protocol's read side at the root, read-only unless updates are allowed, with a query timeout
 * and a result cap; and the web page with its views' JSON, from {@code org.newskg.view}.
 *
 * <p>Allowed imports: {@code org.newskg.store}, {@code org.newskg.view}, Jena and Fuseki (with
 * the Jakarta servlet API it brings), the JDK. Used by {@code app} only.
 */
package org.newskg.server;
