package org.newskg.rdf;

/**
 * What tells an unchanged article: the hash of its content ({@code nkg:contentHash}) and the
 * version of newskg that read it (the {@code schema:softwareVersion} of its extraction's agent).
 */
public record Fingerprint(String contentHash, String version) {
}
