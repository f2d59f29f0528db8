/**
 * The article as a value: its identifier, headline, date and text, and the reader that turns
 * an article file into one, refusing empty, binary and non-UTF-8 input with the file and line.
 *
 * <p>Allowed imports: the JDK only.
 */
package org.newskg.article;
