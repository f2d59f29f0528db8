/**
 * The text stage: an article cut into sentences (the headline first) and tokens, each with its
 * character span. Entry point: {@link org.newskg.extract.text.TextAnalyzer}.
 *
 * <p>Allowed imports: {@code org.newskg.article} and the JDK.
 */
package org.newskg.extract.text;
