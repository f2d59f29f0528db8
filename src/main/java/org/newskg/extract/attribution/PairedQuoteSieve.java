package org.newskg.extract.attribution;

import java.util.Optional;
import org.newskg.extract.model.Attribution;
import org.newskg.extract.model.Quote;
import org.newskg.extract.model.QuoteKind;

/**
 * A quote joined to the next one by "and" or a comma shares its speaker: "“People were able to
 * go home” and “we will come back,” Ford added." It looks ahead, so the
 * attributor offers it the quotes still unresolved after the other sieves have seen them all.
 */
public final class PairedQuoteSieve implements SpeakerSieve {
    @Override
    public Optional<Attribution> attribute(Quote quote, AttributionContext cx) {
        for (Quote next : cx.attributedStartingIn(quote.span().end() + 1, Integer.MAX_VALUE)) {
            if (next.span().begin() - quote.span().end() > 12) {
                break;
            }
            if (next.kind() != QuoteKind.DIRECT || next.attribution().isEmpty()) {
                continue;
            }
            String between = cx.text().substring(quote.span().end(), next.span().begin());
            if (between.length() <= 12 && between.replaceAll("[\\s,\"\u201C\u201D.]|\\band\\b", "").isEmpty()) {
                Attribution a = next.attribution().get();
                return Optional.of(new Attribution(a.speaker(), name(), a.verb(), a.cue()));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public String name() {
        return "paired-quote";
    }
}
