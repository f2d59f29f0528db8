/**
 * The store: a TDB2 dataset with one named graph per article, loaded and replaced inside write
 * transactions, queried over the union of the article graphs, and validated with SHACL.
 *
 * <p>Allowed imports: {@code org.newskg.rdf} (Vocab, Iris), Jena ARQ, TDB2 and SHACL. Never
 * extraction internals, picocli, or the {@code app} and {@code cli} packages.
 */
package org.newskg.store;
