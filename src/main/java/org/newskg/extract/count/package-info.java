/**
 * The count stage: arrest counts found at their numbers, placed from the clause outwards (the
 * clause, sentence, paragraph, section, then the story's event place, never a dateline alone),
 * and arrests of named persons. Entry point: {@link org.newskg.extract.count.CountFinder}.
 *
 * <p>Allowed imports: {@code org.newskg.extract.lexicon}, {@code .model}, {@code .text},
 * {@code org.newskg.article} and the JDK.
 */
package org.newskg.extract.count;
