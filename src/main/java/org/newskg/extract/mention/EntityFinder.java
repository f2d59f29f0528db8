package org.newskg.extract.mention;

import java.util.List;
import java.util.Objects;
import org.newskg.extract.lexicon.Lexicons;
import org.newskg.extract.model.Entity;
import org.newskg.extract.text.AnalyzedText;

/**
 * The mention stage: chunks of capitalised words typed by their own evidence ({@link
 * MentionFinder}), then coreference ({@link Coreference}: open chunks typed by the names found,
 * mentions grouped into entities), then the roles the text gives each person ({@link RoleFinder}).
 * Safe to share between threads.
 */
public final class EntityFinder {
    private final MentionFinder mentions;
    private final Coreference coreference = new Coreference();
    private final RoleFinder roles = new RoleFinder();

    public EntityFinder(Lexicons lexicons) {
        this.mentions = new MentionFinder(Objects.requireNonNull(lexicons, "lexicons may not be null"));
    }

    /** The entities of the article, ordered by first mention, each with its mentions and roles. */
    public List<Entity> find(AnalyzedText text) {
        List<Entity> entities = coreference.resolve(mentions.find(text), text.text());
        return roles.find(text.article(), text.tokens(), entities);
    }
}
