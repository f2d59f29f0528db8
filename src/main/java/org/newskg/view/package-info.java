/**
 * What the web page and the static report show, read from the dataset with the SPARQL files
 * next to this package's classes: the article list, one article with every extracted fact at
 * its character span and its provenance, the neighbourhood of a node, the arrest counts, and
 * the competency queries. Also the page itself (HTML, CSS, script and the vendored Cytoscape.js)
 * and the single-file report built from it.
 *
 * <p>Allowed imports: {@code org.newskg.store}, Jackson, the JDK. No Jena: queries go through
 * {@code store.Queries}. Used by {@code server} and {@code app}.
 */
package org.newskg.view;
