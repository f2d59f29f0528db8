/**
 * The mention stage: runs of capitalised words typed as persons, organizations and places by
 * their own evidence, then coreference in one place (open chunks typed by the names found,
 * mentions grouped into entities), then the roles the text gives each person. Entry point:
 * {@link org.newskg.extract.mention.EntityFinder}.
 *
 * <p>Allowed imports: {@code org.newskg.extract.lexicon}, {@code .model}, {@code .text},
 * {@code org.newskg.article} and the JDK.
 */
package org.newskg.extract.mention;
