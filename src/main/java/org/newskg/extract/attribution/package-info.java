/**
 * The attribution stage: direct quotes found between quotation marks, reported speech found at
 * its verb, and a speaker for each, given by an ordered list of small sieves, each recording its
 * name in the {@link org.newskg.extract.model.Attribution} it makes. A quote is offered to later
 * sieves only while it is unresolved. Entry point: {@link
 * org.newskg.extract.attribution.SpeakerAttributor}.
 *
 * <p>Allowed imports: {@code org.newskg.extract.lexicon}, {@code .model}, {@code .text},
 * {@code org.newskg.article} and the JDK.
 */
package org.newskg.extract.attribution;
