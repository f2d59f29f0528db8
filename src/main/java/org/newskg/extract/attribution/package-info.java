/**
 * Speaker attribution: reported speech found at its verb, and direct quotes given a speaker by
 * an ordered list of small sieves, each recording its name in the {@link
 * org.newskg.extract.Attribution} it makes. A quote is offered to later sieves only while it is
 * unresolved.
 *
 * <p>Allowed imports: {@code org.newskg.extract}, {@code org.newskg.article} and the JDK.
 */
package org.newskg.extract.attribution;
