package org.newskg.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.extract.lexicon.EntityWords;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.model.Place;

/** How a chunk becomes a mention, and which would-be person mentions name nobody. */
final class Mentions {
    private Mentions() {
    }


    /**
     * A mention of the chunk's words; a person's honorifics and titles ("Mr", "Dr", "Senator",
     * "Deputy Police Commissioner", "Democrat", an agency's acronym before a title) are left out
     * of both the words and the name, so that "Mr Garrard" is Garrard and joins "Tom Garrard".
     */
    static EntityMention of(Chunk c, String text, EntityType type, String name, String rule, Optional<Place> place) {
        if (type == EntityType.PERSON) {
            List<String> words = new ArrayList<>();
            c.tokens().forEach(t -> words.add(t.text()));
            int skip = EntityWords.namePrefixLength(words);
            c = skip > 0 ? c.sub(skip, c.size()) : c;
            name = withoutHonorifics(name);
        }
        return new EntityMention(c.span(), c.text(text), type, name, rule, place);
    }

    /**
     * A person "named" by titles alone ("Lieutenant Governor", "the Senator", "the Duke of
     * Rothesay") or, once its
     * titles are off, by a plural noun for people ("Lib Dem MPs"): no name at all.
     */
    static boolean onlyTitles(EntityMention m) {
        if (m.type() != EntityType.PERSON) {
            return false;
        }
        if (EntityWords.isTitleOfOffice(List.of(m.name().split(" ")))) {
            return true;
        }
        String last = m.name().substring(m.name().lastIndexOf(' ') + 1);
        if (PersonEvidence.isGroupOrTitle(last) && (!m.name().contains(" ") || last.endsWith("s"))) {
            return true;
        }
        for (String w : m.text().split(" ")) {
            if (!EntityWords.isNamePrefix(w)) {
                return false;
            }
        }
        return true;
    }

    /** The name without the honorifics and titles it starts with. */
    static String withoutHonorifics(String name) {
        List<String> words = List.of(name.split(" "));
        int skip = EntityWords.namePrefixLength(words);
        return skip == 0 ? name : String.join(" ", words.subList(skip, words.size()));
    }
}
