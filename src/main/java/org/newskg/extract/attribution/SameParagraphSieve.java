package org.newskg.extract.attribution;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.model.Attribution;
import org.newskg.extract.model.Quote;
import org.newskg.extract.text.Sentence;

/**
 * A quote with no cue of its own continues the last attributed statement of its paragraph,
 * when that statement is at most two sentences before it ("“...,” Ford said. “And we
 * will win.”").
 */
public final class SameParagraphSieve implements SpeakerSieve {
    @Override
    public Optional<Attribution> attribute(Quote quote, AttributionContext cx) {
        Sentence here = cx.sentences().get(quote.sentence());
        List<Quote> earlier = cx.attributedStartingIn(0, quote.span().begin());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Quote q = earlier.get(i);
            Sentence there = cx.sentences().get(q.sentence());
            if (q.span().begin() >= quote.span().begin()) {
                continue;
            }
            if (there.paragraph() != here.paragraph() || here.index() - there.index() > 2) {
                return Optional.empty(); // every statement further back is further away: the search is local
            }
            if (q.attribution().isEmpty()) {
                continue;
            }
            Attribution a = q.attribution().get();
            return Optional.of(new Attribution(a.speaker(), name(), a.verb(), a.cue()));
        }
        return Optional.empty();
    }

    @Override
    public String name() {
        return "same-paragraph";
    }
}
