package org.newskg.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.extract.lexicon.EntityWords;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.model.Place;
import org.newskg.extract.text.Words;

/** How a chunk becomes a mention, and which would-be person mentions name nobody. */
final class Mentions {
    private Mentions() {
    }


    /**
     * A mention of the chunk's words; a person's honorifics and titles ("Mr", "Dr", "Senator",
     * "Deputy Police Commissioner", "Democrat", an agency's acronym before a title) are left out
     * of both the words and the name, so that "Mr Garrard" is Garrard and joins "Tom Garrard".
     */
    /**
     * "and Sheppey" (of "Sittingbourne and Sheppey"), "for Culture" (of "Secretary for Culture"):
     * the rest of a phrase whose head was taken away; no person's or organization's name opens with a
     * lower-case word ("eBay" and "easyJet" are no such words).
     */
    static boolean opensLowerCase(EntityMention m) {
        String first = m.name().split(" ", 2)[0];
        return m.type() != EntityType.PLACE && !first.isEmpty() && Character.isLowerCase(first.codePointAt(0))
                && first.equals(first.toLowerCase(java.util.Locale.ROOT));
    }

    /** Last words of the names of things named after people ("the Benny Hill Show", "the Jesse Owens Award"). */
    private static final java.util.Set<String> THING_HEADS = java.util.Set.of(
            "Show", "Award", "Awards", "Prize", "Trophy", "Cup", "Lecture", "Theatre", "Theater", "Pavilion",
            "Championship", "Championships", "Marathon", "Rally", "Airport", "Stadium", "Diaries", "Festival", "DVD",
            "Street", "Road", "Bridge");

    /**
     * A compound adjective before a name ("Oscar-nominated Ann Lee", "Leeds-born Pike",
     * "Man-of-the-match Hale"): a word ending in a lower-case participle or "-born", "-based",
     * "-match" after a hyphen describes the person and is no part of the name.
     */
    private static final java.util.regex.Pattern MODIFIER =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}']*(-[a-z]+)*-([a-z]+(ed|ing)|born|based|match)");

    /**
     * Whether a person's mention names a thing named after someone ("Jesse Owens Award", "Doris
     * Day Show"): its last word is a head no person's name ends in.
     */
    static boolean namesAThing(EntityMention m) {
        return m.type() == EntityType.PERSON && THING_HEADS.contains(m.name().substring(m.name().lastIndexOf(' ') + 1));
    }

    /** Small words a title of a book, film or song capitalises and a person's name never holds. */
    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of(
            "Of", "On", "In", "With", "The", "My", "Your", "Our", "Their", "His", "Her", "For", "And", "At", "From",
            "Into", "Is", "Was", "Are", "Says", "Say", "Than", "Again");

    /**
     * Whether a person's mention is the title of a work ("My Summer Of Love", "Georgia On My Mind",
     * "Stars In Their Eyes"): between its first and last words, a small word capitalised as titles
     * capitalise them. No one is named so.
     */
    static boolean titleOfAWork(EntityMention m) {
        if (m.type() != EntityType.PERSON) {
            return false;
        }
        String[] words = m.text().split(" ");
        // between two words: a last "The" is more often the next sentence's, a full stop missing
        for (int i = 1; i < words.length - 1; i++) {
            if (TITLE_WORDS.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    static EntityMention of(Chunk c, String text, EntityType type, String name, String rule, Optional<Place> place) {
        if (type == EntityType.PERSON) {
            List<String> words = new ArrayList<>();
            c.tokens().forEach(t -> words.add(t.text()));
            int skip = EntityWords.namePrefixLength(words);
            if (words.size() - skip >= 3 && isRoleWord(words.get(skip))) {
                skip++;
            }
            while (words.size() - skip >= 2 && MODIFIER.matcher(words.get(skip)).matches()) {
                skip++;
            }
            int end = words.size();
            // "Guy Hale QC", "Ann Lee MP": letters after a name say what the person is, not who
            while (end - skip > 2 && EntityWords.POST_NOMINALS.contains(words.get(end - 1))
                    && !EntityWords.ORGANIZATION_HEADS.contains(words.get(end - 2))) {
                end--;
            }
            c = skip > 0 || end < words.size() ? c.sub(skip, end) : c;
            for (int i = words.size(); i > end; i--) {
                name = name.endsWith(" " + words.get(i - 1)) ? name.substring(0, name.length() - words.get(i - 1).length() - 1) : name;
            }
            name = withoutHonorifics(name);
            List<String> nameWords = List.of(name.split(" "));
            if (nameWords.size() >= 3 && isRoleWord(nameWords.get(0))) {
                name = String.join(" ", nameWords.subList(1, nameWords.size()));
            }
            while (name.indexOf(' ') > 0 && MODIFIER.matcher(name.substring(0, name.indexOf(' '))).matches()) {
                name = name.substring(name.indexOf(' ') + 1);
            }
        }
        return new EntityMention(c.span(), c.text(text), type, name, rule, place);
    }

    /**
     * "Singer Ann Lee said", "Backbencher Tom Pike": a noun for what someone does, capitalised
     * before a name of two words or more, is no part of the name.
     */
    private static boolean isRoleWord(String word) {
        String w = Words.lower(word);
        return PersonEvidence.PERSON_NOUNS.contains(w) || ROLE_WORDS.contains(w);
    }

    /** Nouns for what people do that news prints before names, besides {@link PersonEvidence#PERSON_NOUNS}. */
    private static final java.util.Set<String> ROLE_WORDS = java.util.Set.of(
            "producer", "broadcaster", "songwriter", "composer", "film-maker", "filmmaker",
            "dj", "striker", "midfielder", "defender", "goalkeeper", "winger", "wing", "fly-half", "scrum-half",
            "captain", "skipper", "boss", "goalscorer", "co-star", "backbencher", "treasurer",
            "pm", "vice-president", "chancellor", "novelist", "poet", "comedian", "chef",
            "tycoon", "billionaire", "millionaire");

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

    /**
     * A person "named" by a post that ends in its title ("Culture Secretary", "Economics Minister",
     * "European Commissioner"): no name, unless it opens with a given name ("John Sergeant").
     */
    static boolean namesAPost(EntityMention m, java.util.function.Predicate<String> isFirstName) {
        if (m.type() != EntityType.PERSON) {
            return false;
        }
        String[] words = m.name().split(" ");
        String last = words[words.length - 1];
        return words.length >= 2 && words.length <= 3 && EntityWords.TITLES.contains(last) && EntityWords.isNamePrefix(last)
                && !isFirstName.test(words[0]);
    }

    /** The name without the honorifics and titles it starts with. */
    static String withoutHonorifics(String name) {
        List<String> words = List.of(name.split(" "));
        int skip = EntityWords.namePrefixLength(words);
        return skip == 0 ? name : String.join(" ", words.subList(skip, words.size()));
    }
}
