package org.newskg.extract.mention;

import java.util.Set;
import org.newskg.extract.lexicon.EntityWords;
import org.newskg.extract.lexicon.NameLexicon;
import org.newskg.extract.lexicon.SpeechVerbs;
import org.newskg.extract.text.Token;
import org.newskg.extract.text.Words;

/**
 * The evidence around a chunk that it names a person: a first name, a speech verb next to it, a
 * role noun before it ("protester Jo Smith"), an apposition after it ("Sam Lee, 26, a Haitian
 * immigrant"), or a passive only people undergo ("Gallagher was arrested").
 */
final class PersonEvidence {
    /** Lower-case nouns for people, which make the name after or in apposition a person's. */
    static final Set<String> PERSON_NOUNS = Set.of(
            "spokesman", "spokeswoman", "spokesperson", "officer", "director", "manager", "leader", "chairman",
            "chairwoman", "president", "secretary", "minister", "mayor", "governor", "senator", "representative",
            "commissioner", "chief", "head", "member", "founder", "executive", "official", "lawyer", "attorney",
            "judge", "prosecutor", "protester", "protestor", "activist", "resident", "student", "teacher",
            "immigrant", "recipient", "worker", "analyst", "professor", "researcher", "author", "writer",
            "reporter", "correspondent", "editor", "journalist", "photographer", "musician",
            "singer", "actor", "actress", "player", "coach", "owner", "victim", "witness", "suspect", "survivor",
            "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "neighbor", "neighbour",
            "friend", "deputy", "sergeant", "detective", "constable", "inspector", "sheriff", "agent", "soldier",
            "nurse", "doctor", "priest", "pastor", "organizer", "organiser", "candidate", "voter", "farmer",
            "businessman", "businesswoman", "entrepreneur", "economist", "scientist", "historian", "expert",
            "adviser", "advisor", "aide", "staffer", "employee", "democrat", "republican", "lawmaker", "councillor",
            "councilman", "councilwoman", "campaigner", "volunteer", "chairperson", "superintendent", "trooper",
            "veteran", "pilot", "driver", "guard", "mp", "mep", "presenter", "host", "star", "artist", "designer",
            "cleric", "imam", "rabbi", "bishop", "secretary-general", "director-general", "counterpart", "envoy",
            "diplomat", "ambassador", "general", "colonel", "commander", "dissident", "blogger");

    /**
     * Words of party names that open a chunk as an adjective ("Lib Dem Home Affairs spokesman"):
     * never a given name there, whatever the list of given names holds ("Lib" is in it).
     */
    private static final Set<String> PARTY_WORDS = Set.of("Lib", "Dem", "Labour", "Tory", "Conservative", "Democrat", "Republican");

    /** Passive verbs that only people undergo. */
    private static final Set<String> PEOPLE_ONLY_VERBS = Set.of(
            "arrested", "detained", "jailed", "imprisoned", "sentenced", "convicted", "acquitted", "bailed",
            "remanded", "extradited", "deported", "handcuffed");

    private PersonEvidence() {
    }

    /**
     * "the Salford MP told", "a Green Party MEP said": after an article, words of a place or a
     * party ending in a title or the letters of an office, with no given name among them, describe
     * someone; they name no one but what the words before the office name (the holder's own name
     * would follow the office: "the Salford MP Ann Lee").
     */
    static boolean describesAnOfficeHolder(Chunk c, NameLexicon names) {
        Token article = c.before(1);
        String last = c.last().text();
        return c.size() >= 2 && article != null && ARTICLES.contains(Words.lower(article.text()))
                && (EntityWords.POST_NOMINALS.contains(last) || OFFICES.contains(last.replaceFirst("^(Co|Vice|Deputy)-", "")))
                && c.tokens().stream().noneMatch(t -> names.isFirstName(t.text()));
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Titles of offices that end a description of their holder ("the Home Secretary", "the party's Co-Chairman"). */
    private static final Set<String> OFFICES = Set.of(
            "Minister", "Secretary", "Chancellor", "Spokesman", "Spokeswoman", "Spokesperson", "Chairman", "Chairwoman",
            "Chair", "Director", "Leader", "Commissioner", "Governor", "Mayor", "Senator", "President", "Ambassador",
            "Councillor", "Prosecutor", "Sheriff", "General", "Premier", "Congressman", "Congresswoman", "Chief");

    /** The evidence that a chunk names a person, or "" when there is none. */
    static String personRule(Chunk c, NameLexicon names) {
        if (c.size() > 4 || c.size() == 1 && isGroupOrTitle(c.first().text())) {
            return "";
        }
        if (c.size() >= 2 && names.isFirstName(c.first().text()) && !EntityWords.DIRECTIONS.contains(c.first().text())
                && !PARTY_WORDS.contains(c.first().text()) && c.tokens().stream().allMatch(Token::isCapitalized)) {
            return "first-name";
        }
        if (isSpeaker(c, 0)) {
            return "speech-verb";
        }
        Token before = c.before(1);
        Token role = before != null && before.is(",") ? c.before(2) : before;
        if (role != null && (PERSON_NOUNS.contains(Words.lower(role.text())) || isGroupOrTitle(role.text())
                && !role.isCapitalized()) && c.size() >= 2) {
            return "role-noun";
        }
        Token head = OrganizationEvidence.appositionHeadBeforeSpeech(c);
        if (isApposition(c) || head != null && PERSON_NOUNS.contains(Words.lower(head.text()))) {
            return "apposition";
        }
        if (isArrestedSubject(c)) {
            return "arrested-subject";
        }
        return "";
    }

    /** "Gallagher was arrested", "Smith was jailed": only people are arrested, jailed or sentenced. */
    /**
     * A word that names a group of people or a post, never one person: the plural of a noun for
     * people ("MPs", "Ministers", "Officials") or a title alone ("Chancellor").
     */
    static boolean isGroupOrTitle(String word) {
        if (EntityWords.TITLES.contains(word)) {
            return true;
        }
        String lower = Words.lower(word);
        if (!lower.endsWith("s") || lower.length() < 3) {
            return false;
        }
        String singular = lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y" : lower.substring(0, lower.length() - 1);
        String titleSingular = word.substring(0, word.length() - 1);
        return PERSON_NOUNS.contains(singular) || EntityWords.TITLES.contains(titleSingular) || lower.endsWith("es") && PERSON_NOUNS.contains(lower.substring(0, lower.length() - 2));
    }

    private static boolean isArrestedSubject(Chunk c) {
        Token aux = c.after(0);
        Token verb = c.after(1);
        if (aux != null && verb != null && (aux.is("has") || aux.is("had")) && verb.is("been")) {
            verb = c.after(2);
        } else if (aux == null || !(aux.is("was") || aux.is("is") || aux.is("has") || aux.is("had"))) {
            return false;
        }
        return verb != null && PEOPLE_ONLY_VERBS.contains(verb.text());
    }

    /** Followed (after {@code skip} tokens) by a speech verb, or right after "said"/"says". */
    static boolean isSpeaker(Chunk c, int skip) {
        Token next = c.after(skip);
        // "a partner of Dunmore Crane said", "a member of the Cabinet says": the name after "of" is not who speaks.
        Token of = c.before(1) != null && c.before(1).is("the") ? c.before(2) : c.before(1);
        if (next != null && SpeechVerbs.isStrongSpeechVerb(next.text()) && !(of != null && of.is("of"))) {
            return true;
        }
        Token before = c.before(1);
        Token after = c.after(skip);
        // "said Acme's Dana Reeve": the possessor is not who speaks, the name after it is
        return before != null && (before.is("said") || before.is("says") || before.isIgnoreCase("according"))
                && (after == null || !after.isWord() && !after.isPossessive());
    }

    /** "Sam Lee, 26, a Haitian immigrant" or "Ann Ford, station manager of ...". */
    private static boolean isApposition(Chunk c) {
        Token comma = c.after(0);
        if (comma == null || !comma.is(",")) {
            return false;
        }
        Token before = c.before(1) != null && c.before(1).is("the") ? c.before(2) : c.before(1);
        if (before != null && Set.of("in", "at", "from", "on", "to", "In", "At", "From", "On").contains(before.text())) {
            return false;
        }
        Token next = c.after(1);
        if (next != null && next.text().matches("\\d{1,3}") && c.after(2) != null && c.after(2).is(",")) {
            return true;
        }
        for (int k = 1; k <= 5; k++) {
            Token t = c.after(k);
            // "a view of Islam, President Ann Ford said": a title before a name is another person.
            if (t == null || !t.isWord() || t.isCapitalized() && (k > 1 || c.after(k + 1) != null && c.after(k + 1).isCapitalized())) {
                return false;
            }
            if (PERSON_NOUNS.contains(Words.lower(t.text()))) {
                return true;
            }
        }
        return false;
    }
}
