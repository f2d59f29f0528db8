/**
 * newskg as a library: {@link org.newskg.api.NewsKg}, one entry point for Java code (an
 * article's graph as a Jena Model, a corpus built into a TDB2 dataset). May import app, rdf,
 * extract, article and Jena; only the command line imports it.
 */
package org.newskg.api;
