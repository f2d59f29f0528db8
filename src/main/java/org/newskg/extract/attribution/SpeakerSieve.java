package org.newskg.extract.attribution;

import java.util.Optional;
import org.newskg.extract.model.Attribution;
import org.newskg.extract.model.Quote;

/** One way of finding a direct quote's speaker. */
public interface SpeakerSieve {
    /** The speaker this sieve finds for the quote, or empty to leave it to the next sieve. */
    Optional<Attribution> attribute(Quote quote, AttributionContext context);

    /** The name recorded in the attributions this sieve makes. */
    String name();
}
