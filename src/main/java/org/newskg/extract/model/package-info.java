/**
 * The records extraction returns: entities and their mentions, places, roles, arrest counts,
 * arrests of named persons, statements with their attribution, diagnostics. Every one carries
 * the span of the text it was read from.
 *
 * <p>Allowed imports: {@code org.newskg.extract.text} and the JDK.
 */
package org.newskg.extract.model;
