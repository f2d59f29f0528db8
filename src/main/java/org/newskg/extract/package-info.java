/**
 * Extraction: pure stages that read an {@link org.newskg.article.Article} and return records
 * (sentences, entities, arrest counts, statements), each with its character span in the article
 * text. {@link org.newskg.extract.ExtractionPipeline} runs the stages in order; each is a
 * sub-package with one entry point that never calls back up:
 * {@code text} (sentences, tokens) → {@code mention} (entities, coreference, roles) →
 * {@code count} (arrest counts and their places) and {@code attribution} (statements and their
 * speakers). {@code lexicon} holds the gazetteers and word lists every stage reads, {@code
 * model} the result records. Lexicons are read from the classpath once, when the pipeline is
 * built; no stage does other I/O, keeps static mutable state, or reads a clock or random source.
 *
 * <p>Allowed imports: {@code org.newskg.article} and the JDK. Never Jena, Jackson, picocli, or
 * the {@code rdf}, {@code store}, {@code app} and {@code cli} packages.
 */
package org.newskg.extract;
