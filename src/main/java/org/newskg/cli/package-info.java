/**
 * The command line (picocli): each command binds its options, calls one {@code app} use case,
 * prints data to stdout and messages to stderr, and returns a named exit code.
 *
 * <p>Allowed imports: {@code app}, the records it returns, picocli. Never Jena or TDB2 directly;
 * nothing imports this package.
 */
package org.newskg.cli;
