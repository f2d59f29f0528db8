package org.newskg.extract.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.newskg.extract.lexicon.NameLexicon;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.text.Token;

/**
 * What an article tells of its persons' genders, to know whom "she" and "he" can mean: an
 * honorific before a mention ("Mr", "Mrs", "Ms", "Sir", "Dame"), else a given name on one
 * registry list only. Unknown genders agree with either pronoun.
 */
final class PersonGenders {
    private static final Set<String> MALE_HONORIFICS = Set.of("Mr", "Mr.", "Sir", "Lord");
    private static final Set<String> FEMALE_HONORIFICS = Set.of("Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady", "Baroness");

    private final Map<String, NameLexicon.Gender> byKey = new HashMap<>();

    /** Reads the persons' genders; {@code tokenAt} maps a character offset to its token; {@code names} may be null. */
    PersonGenders(List<Token> tokens, List<Entity> entities, NameLexicon names, IntUnaryOperator tokenAt) {
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            NameLexicon.Gender g = null;
            for (EntityMention m : e.mentions()) {
                int before = tokenAt.applyAsInt(m.span().begin()) - 1;
                String h = before >= 0 ? tokens.get(before).text() : "";
                g = MALE_HONORIFICS.contains(h) ? NameLexicon.Gender.MALE : FEMALE_HONORIFICS.contains(h) ? NameLexicon.Gender.FEMALE : g;
            }
            if (g == null && names != null && e.name().contains(" ")) {
                g = names.gender(e.name().substring(0, e.name().indexOf(' '))).orElse(null);
            }
            if (g != null) {
                byKey.put(e.key(), g);
            }
        }
    }

    /** The gender a pronoun asks for: FEMALE for "she", MALE for "he", null for any other word. */
    static NameLexicon.Gender wantedBy(String pronoun) {
        String p = pronoun.toLowerCase(java.util.Locale.ROOT);
        return p.equals("she") ? NameLexicon.Gender.FEMALE : p.equals("he") ? NameLexicon.Gender.MALE : null;
    }

    /** Whether the person may be meant by a pronoun asking for {@code wanted} (null: any). */
    boolean agrees(Entity e, NameLexicon.Gender wanted) {
        NameLexicon.Gender known = byKey.get(e.key());
        return wanted == null || known == null || known == wanted;
    }
}
