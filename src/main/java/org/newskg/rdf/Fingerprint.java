package org.newskg.rdf;

/**
 * What tells an unchanged article: the hash of its content ({@code nkg:contentHash}), the
 * version of newskg that read it (the {@code schema:softwareVersion} of its extraction's agent)
 * and the text profile its graph was written in (the extraction's {@code nkg:textProfile}).
 */
public record Fingerprint(String contentHash, String version, String textProfile) {
}
