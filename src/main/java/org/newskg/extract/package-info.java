/**
 * Extraction: pure stages that read an {@link org.newskg.article.Article} and return records
 * (sentences, entities, arrest counts, statements), each with its character {@link
 * org.newskg.extract.Span} in the article text. Gazetteers and word lists are read from the
 * classpath once, when a stage is built; no stage does other I/O, keeps static mutable state,
 * or reads a clock or random source.
 *
 * <p>Allowed imports: {@code org.newskg.article} and the JDK. Never Jena, Jackson, picocli, or
 * the {@code rdf}, {@code store}, {@code app} and {@code cli} packages.
 */
package org.newskg.extract;
