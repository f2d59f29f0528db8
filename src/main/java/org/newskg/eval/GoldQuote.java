package org.newskg.eval;

import java.util.List;
import java.util.Objects;

/**
 * A gold statement.
 *
 * @param textContains   words the statement's text must contain
 * @param speaker        the gold name of the speaker (a person, organization or group)
 * @param speakerAliases other names that match the speaker for this statement only
 */
public record GoldQuote(String textContains, String speaker, List<String> speakerAliases) {
    public GoldQuote {
        Objects.requireNonNull(textContains, "textContains may not be null");
        Objects.requireNonNull(speaker, "speaker may not be null");
        speakerAliases = List.copyOf(speakerAliases);
    }
}
