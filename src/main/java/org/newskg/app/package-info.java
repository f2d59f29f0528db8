/**
 * Use cases, one class each with one public method: build the graph from articles, run a query,
 * validate the dataset. They orchestrate read → extract → map → write → load, and neither parse
 * arguments nor print.
 *
 * <p>Allowed imports: {@code article}, {@code extract}, {@code rdf}, {@code store} and the JDK.
 * Never picocli or {@code cli}.
 */
package org.newskg.app;
