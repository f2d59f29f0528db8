package org.newskg.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.lexicon.AcronymLib;
import org.newskg.extract.lexicon.CommonWords;
import org.newskg.extract.lexicon.EntityWords;
import org.newskg.extract.lexicon.NameLexicon;
import org.newskg.extract.lexicon.OrganizationGazetteer;
import org.newskg.extract.lexicon.PlaceGazetteer;
import org.newskg.extract.lexicon.SpeechVerbs;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.model.Place;
import org.newskg.extract.model.PlaceKind;
import org.newskg.extract.text.Span;
import org.newskg.extract.text.Token;
import org.newskg.extract.text.Words;

/**
 * Types one chunk of capitalised words by the evidence in and around it. Returns the mentions
 * it holds, an empty list when it is known to name nothing we keep (a street, a weekday), or
 * {@code null} when the evidence is not there yet and a second pass should look again.
 */
final class ChunkClassifier {
    /** "George Bush-style tax cuts", "a Kremlin-backed group": an adjective made of a name, no name. */
    private static final java.util.regex.Pattern ADJECTIVE_SUFFIX = java.util.regex.Pattern.compile(
            ".+-(style|era|type|like|backed|based|led|owned|funded|run|born|linked|inspired|themed)");

    /** Last words of the names of counties and provinces the gazetteer does not list: "Perry County". */
    private static final Set<String> REGION_HEADS = Set.of("County", "Province", "Prefecture", "Oblast", "Governorate");

    /** Particles of Arabic and other names that make them long: "Omar Bin Saleh Al Rashid". */
    private static final Set<String> PATRONYMIC_PARTICLES = Set.of("Bin", "bin", "Ibn", "ibn", "Bint", "bint", "Al", "al", "Abu");

    /** Weak titles: the name after them is a person's only when it starts with a known first name. */
    private static final Set<String> WEAK_TITLES = Set.of(
            "Labour", "Tory", "Conservative", "Democrat", "Republican", "Lib", "Dem", "Shadow", "Leader", "General", "District", "Prime", "Interior", "Foreign", "Home", "Police", "Special", "Acting", "Former",
            "Executive", "Associate", "Senior", "Assistant", "Deputy", "Vice", "Chief", "Attorney", "Agent",
            "Director", "Speaker", "Major", "Premier", "Dean", "Justice", "King", "Queen", "Prince", "Princess");




    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in", "from", "at", "near", "to", "across", "outside", "inside", "around", "throughout", "of", "into");

    /**
     * What the classifier knows of the whole article: its text, the words it writes in lower case,
     * whether its headline is in Title Case, and the names it describes as organizations
     * somewhere ("banking giant Citigroup").
     */
    record Context(String text, Set<String> lowerWords, boolean titleCaseHeadline, Set<String> describedAsOrganizations) {
    }

    private final PlaceGazetteer places;
    private final OrganizationGazetteer organizations;
    private final NameLexicon names;

    ChunkClassifier(PlaceGazetteer places, OrganizationGazetteer organizations, NameLexicon names) {
        this.places = places;
        this.organizations = organizations;
        this.names = names;
    }

    List<EntityMention> classify(Chunk raw, Context cx) {
        Chunk c = trimStart(raw, cx);
        if (c == null) {
            return List.of();
        }
        if (cx.titleCaseHeadline() && c.first().sentence() == 0) {
            return known(c, cx).orElse(null);
        }
        boolean facility = namesAFacility(c);
        List<EntityMention> titled = facility ? null : titled(c, cx);
        if (titled != null) {
            return titled;
        }
        Optional<List<EntityMention>> known = known(c, cx);
        if (known.isPresent()) {
            return known.get();
        }
        if (facility || EntityWords.FACILITY_HEADS.contains(c.last().text()) || ADJECTIVE_SUFFIX.matcher(c.last().text()).matches()) {
            return List.of();
        }
        if (c.size() >= 2 && REGION_HEADS.contains(c.last().text())) {
            String name = c.text(cx.text());
            Place region = Place.named(name, PlaceKind.REGION);
            List<EntityMention> out = new ArrayList<>();
            out.add(Mentions.of(c, cx.text(), EntityType.PLACE, name, "region-head", Optional.of(region)));
            policeOf(c, cx).ifPresent(out::add);
            return out;
        }
        List<EntityMention> org = organization(c, cx);
        if (!org.isEmpty()) {
            return org;
        }
        if (c.size() > 2 && c.tokens().stream().anyMatch(t -> t.is("and"))) {
            return splitAt(c, "and", cx);
        }
        if (c.size() > 2 && c.tokens().stream().anyMatch(t -> t.is("of"))) {
            return splitAt(c, "of", cx);
        }
        if (c.size() == 1 && isCommonWord(c.first().text(), cx)) {
            return null;
        }
        if (isPerson(c, cx)) {
            if (PersonEvidence.describesAnOfficeHolder(c, names)) {
                // the words before the office may still name something: "a Green Party MEP"
                return classify(c.sub(0, c.size() - 1), cx);
            }
            String rule = PersonEvidence.personRule(c, names);
            // "the Cabinet says", "the Treasury said": a person's name takes no article. "The Scot said",
            // "the Italians say" name people by where they are from, no one; "the Salford MP Ann Lee said" is a person.
            boolean the = rule.equals("speech-verb") && c.before(1) != null && c.before(1).is("the")
                    && c.tokens().stream().noneMatch(t -> names.isFirstName(t.text()) || EntityWords.isNamePrefix(t.text()));
            if (the && c.size() == 1 && isPeopleWord(c.first().text())) {
                return null;
            }
            boolean organization = rule.equals("speech-verb") && !names.isFirstName(c.first().text())
                    && (cx.describedAsOrganizations().contains(c.text(cx.text())) || saysIt(c) || the);
            return List.of(Mentions.of(c, cx.text(), organization ? EntityType.ORGANIZATION : EntityType.PERSON,
                    c.text(cx.text()), the ? "speaker-the" : organization ? "speaker-it" : rule, Optional.empty()));
        }
        return null;
    }

    /** A word for people of a place or a plural ("Scot", "Irishman", "Italians"), not an organization's name. */
    private boolean isPeopleWord(String word) {
        return places.isDemonym(word) || places.beginsAPlaceName(word) || places.find(word).isPresent() || word.endsWith("man")
                || word.endsWith("men") || word.endsWith("s") && !word.endsWith("ss");
    }

    /** "Citigroup said it would...": a speaker referred to as "it" is an organization. */
    private static boolean saysIt(Chunk c) {
        Token verb = c.after(0);
        Token next = c.after(1);
        Token after = c.after(2);
        return verb != null && SpeechVerbs.isSpeechVerb(verb.text()) && next != null
                && (next.is("it") || next.is("its") || next.is("that") && after != null && (after.is("it") || after.is("its")));
    }

    /** Drops a sentence's first word when it is a common word, and leading small words. */
    private Chunk trimStart(Chunk c, Context cx) {
        boolean article = c.first().is("The") || c.first().is("A") || c.first().is("An");
        if (c.size() > 1 && !article && known(c, cx).filter(k -> !k.isEmpty()).isPresent()) {
            return c;
        }
        while (c.size() > 0) {
            Token first = c.first();
            Token next = c.size() > 1 ? c.tokens().get(1) : c.after(0);
            boolean gerund = first.text().endsWith("ing") && next != null && next.isWord() && !next.isCapitalized()
                    || first.text().endsWith("ly") && next != null && next.is(",");
            boolean common = c.startsSentence() && (gerund || isCommonWord(first.text(), cx)
                    && places.find(first.text()).isEmpty() && organizations.find(first.text()).isEmpty());
            if (ChunkFinder.isConnector(first) || first.is("The") || first.is("A") || first.is("An") || common) {
                if (c.size() == 1) {
                    return null;
                }
                c = c.sub(1, c.size());
            } else {
                return c;
            }
        }
        return null;
    }

    private static boolean isCommonWord(String word, Context cx) {
        String lower = Words.lower(word);
        return CommonWords.WORDS.contains(lower) || cx.lowerWords().contains(lower)
                || lower.endsWith("'d") || lower.endsWith("\u2019d");
    }

    /**
     * A name before a facility noun in lower case ("King Cross station", "Ford Road bridge"):
     * the name of the building or street, so no person even after a title.
     */
    private static boolean namesAFacility(Chunk c) {
        Token next = c.after(0);
        return next != null && EntityWords.FACILITY_NOUNS.contains(next.text());
    }

    /**
     * "Police Commissioner Tom Smith", "Mr Blunkett", "Secretary of State for Health John Reid",
     * a role noun or a nationality before a name of two or more words ("Lawyer Jane Moss",
     * "Kenyan Omar Farouk", the second only with a known first name).
     */
    private List<EntityMention> titled(Chunk c, Context cx) {
        int lastTitle = -1;
        for (int i = 0; i < c.size() - 1; i++) {
            if (EntityWords.isNamePrefix(c.tokens().get(i).text())) {
                lastTitle = i;
            }
        }
        String first = c.first().text();
        boolean roleNoun = false;
        if (lastTitle < 0 && c.size() >= 3 && (PersonEvidence.PERSON_NOUNS.contains(Words.lower(first))
                || places.isDemonym(first))) {
            lastTitle = 0;
            roleNoun = PersonEvidence.PERSON_NOUNS.contains(Words.lower(first));
        }
        if (lastTitle < 0 || c.tokens().subList(0, lastTitle).stream().anyMatch(t -> t.is("and"))) {
            return null;
        }
        int from = lastTitle + 1;
        boolean complement = false;
        while (from < c.size() && ChunkFinder.isConnector(c.tokens().get(from))) {
            complement |= c.tokens().get(from).is("of") || c.tokens().get(from).is("for");
            from++;
        }
        if (complement && c.size() - from > 2) {
            from++;
        } else if (complement && c.size() - from == 2 && c.tokens().get(from).is("State")) {
            from++; // "Secretary of State Pike"
        } else if (complement && c.tokens().subList(from, c.size()).stream().noneMatch(t -> names.isFirstName(t.text()))) {
            return List.of(); // "Minister for Fisheries Policy", "Secretary of Health": a post, no one's name
        }
        for (int p = from; p < c.size() - 1; p++) {
            if (names.isFirstName(c.tokens().get(p).text()) && !PATRONYMIC_PARTICLES.contains(c.tokens().get(p).text())) {
                from = p;
                break;
            }
        }
        Chunk name = c.sub(from, c.size());
        if (name.tokens().stream().anyMatch(t -> EntityWords.ORGANIZATION_HEADS.contains(t.text()))
                || name.tokens().stream().allMatch(t -> EntityWords.isNamePrefix(t.text()))
                || EntityWords.ORGANIZATION_STARTS.contains(c.first().text())) {
            return null;
        }
        boolean honorific = c.tokens().subList(0, lastTitle).stream().anyMatch(t -> EntityWords.HONORIFICS.contains(t.text()));
        boolean strong = roleNoun || honorific
                || !WEAK_TITLES.contains(c.tokens().get(lastTitle).text()) && !places.isDemonym(c.tokens().get(lastTitle).text());
        boolean firstName = names.isFirstName(name.first().text());
        boolean patronymic = name.tokens().stream().anyMatch(t -> PATRONYMIC_PARTICLES.contains(t.text()));
        // "Mr Howard", "Dr Reading": after an honorific a name is a person's, whatever place or body shares it ("Miss World" aside)
        boolean afterHonorific = EntityWords.HONORIFICS.contains(c.tokens().get(lastTitle).text()) && !c.tokens().get(lastTitle).is("Miss");
        if (name.size() > (patronymic ? 7 : 3) || !strong && !firstName || !afterHonorific && known(name, cx).isPresent()) {
            return null;
        }
        List<EntityMention> out = new ArrayList<>();
        out.add(Mentions.of(name, cx.text(), EntityType.PERSON, name.text(cx.text()), "title", Optional.empty()));
        placeBeforeTitle(c, cx).ifPresent(out::add);
        return out;
    }

    /** Gazetteer organizations and places, with "X police" and "state of X" around them. */
    private Optional<List<EntityMention>> known(Chunk c, Context cx) {
        String name = c.text(cx.text());
        Optional<String> org = organizations.find(name);
        if (org.isPresent()) {
            return Optional.of(List.of(Mentions.of(c, cx.text(), EntityType.ORGANIZATION, org.get(),
                    "gazetteer", Optional.empty())));
        }
        Optional<Place> place = place(c, name, cx);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        Token introducer = c.before(1);
        if (introducer != null && EntityWords.ORGANIZATION_INTRODUCERS.contains(introducer.text()) && place.get().kind() == PlaceKind.CITY) {
            return Optional.empty();
        }
        if (place.get().kind() == PlaceKind.CITY && c.size() == 1 && isCommonWord(name, cx) && !afterPreposition(c)) {
            return Optional.of(List.of());
        }
        Token next = c.after(0);
        if (place.get().kind() == PlaceKind.CITY && next != null && SpeechVerbs.isStrongSpeechVerb(next.text())
                && names.isFirstName(name) && !afterPreposition(c)) {
            return Optional.empty();
        }
        List<EntityMention> out = new ArrayList<>();
        out.add(Mentions.of(c, cx.text(), EntityType.PLACE, place.get().name(), "gazetteer", place));
        policeOf(c, cx).ifPresent(out::add);
        return Optional.of(out);
    }

    /** "U.S. Senator Ann Ford", "Kentucky Governor Tom Reyes": the place the title belongs to is named too. */
    private Optional<EntityMention> placeBeforeTitle(Chunk c, Context cx) {
        int firstTitle = 0;
        while (firstTitle < c.size() && !EntityWords.isNamePrefix(c.tokens().get(firstTitle).text())) {
            firstTitle++;
        }
        if (firstTitle == 0 || firstTitle >= c.size()) {
            return Optional.empty();
        }
        Chunk prefix = c.sub(0, firstTitle);
        return places.find(prefix.text(cx.text())).map(p -> Mentions.of(prefix, cx.text(), EntityType.PLACE, p.name(),
                "gazetteer", Optional.of(p)));
    }

    /**
     * "WASHINGTON (Reuters) -", "LEEDS/LONDON (Reuters) -": an all-capital word in the run of
     * capitals, slashes and commas that opens a sentence and ends at a bracket or a dash.
     */
    private static boolean inDateline(Chunk c) {
        for (int i = 1; c.before(i) != null; i++) {
            Token t = c.before(i);
            if (!(t.is("/") || t.is(",") || t.isWord() && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT)))) {
                return false;
            }
        }
        for (int i = 0; c.after(i) != null; i++) {
            Token t = c.after(i);
            if (t.is("(") || t.is("-") || t.is("\u2014") || t.is("\u2013")) {
                return true;
            }
            if (!(t.is("/") || t.is(",") || t.isWord() && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT)))) {
                return false;
            }
        }
        return false;
    }

    private Optional<Place> place(Chunk c, String name, Context cx) {
        Token next = c.after(0);
        Token before = c.before(1);
        boolean stateMeant = next != null && next.isIgnoreCase("state")
                || before != null && before.is("of") && c.before(2) != null && c.before(2).isIgnoreCase("state");
        if (stateMeant) {
            Optional<Place> division = places.findDivision(name);
            if (division.isPresent()) {
                return division;
            }
        }
        Optional<Place> place = places.find(name);
        if (place.isEmpty() && name.equals(name.toUpperCase(java.util.Locale.ROOT)) && (c.size() > 1 || inDateline(c))) {
            place = places.find(titleCase(name));
        }
        if (place.isEmpty() && c.size() > 1 && EntityWords.DIRECTIONS.contains(c.first().text())) {
            place = places.find(c.sub(1, c.size()).text(cx.text()));
        }
        return place;
    }

    private static String titleCase(String upper) {
        StringBuilder b = new StringBuilder();
        for (String w : upper.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.charAt(0)).append(Words.lower(w.substring(1)));
        }
        return b.toString();
    }

    /** "Leeds police spokesman Tom Hale", "Ohio police officers": someone of the force the place names. */
    private static final Set<String> POLICE_ROLES = Set.of(
            "spokesman", "spokeswoman", "spokesperson", "chief", "commissioner", "officer", "officers", "sergeant",
            "detective", "detectives", "superintendent", "inspector", "constable", "captain", "lieutenant");

    /**
     * "West Yorkshire police confirmed", "the U.S. embassy has said", "according to Leeds
     * police": an organization speaking, named by its place.
     */
    private static Optional<EntityMention> policeOf(Chunk c, Context cx) {
        Token next = c.after(0);
        Token verb = c.after(1) != null && (c.after(1).is("has") || c.after(1).is("had")) ? c.after(2) : c.after(1);
        boolean speaks = verb != null && SpeechVerbs.isSpeechVerb(verb.text())
                || c.before(1) != null && c.before(1).is("to") && c.before(2) != null && c.before(2).isIgnoreCase("according");
        boolean policeRole = next != null && next.is("police") && c.after(1) != null && POLICE_ROLES.contains(c.after(1).text());
        if (next != null && (next.is("police") || next.is("embassy") || next.is("consulate")) && (speaks || policeRole)) {
            Span span = new Span(c.span().begin(), next.span().end());
            return Optional.of(new EntityMention(span, span.of(cx.text()), EntityType.ORGANIZATION, span.of(cx.text()),
                    "place-police", Optional.empty()));
        }
        return Optional.empty();
    }

    private List<EntityMention> organization(Chunk c, Context cx) {
        String name = c.text(cx.text());
        Token next = c.after(0);
        Token before = c.before(1);
        String rule = null;
        if (c.size() >= 2 && EntityWords.ORGANIZATION_HEADS.contains(c.last().text())) {
            rule = "organization-head";
        } else if (OrganizationEvidence.headBeforeOf(c)) {
            rule = "organization-head-of";
        } else if (c.size() >= 2 && EntityWords.ORGANIZATION_STARTS.contains(c.first().text())) {
            rule = "organization-start";
        } else if (next != null && EntityWords.ORGANIZATION_NOUNS.contains(next.text()) && !isAdjective(c)) {
            rule = "organization-noun";
        } else if (before != null && EntityWords.ORGANIZATION_INTRODUCERS.contains(before.text())) {
            rule = "organization-introducer";
        } else if (OrganizationEvidence.describedBeforeSpeech(c) && !names.isFirstName(c.first().text())) {
            rule = "organization-apposition";
        } else if (definedAcronymExpansion(c, cx) >= 0) {
            Chunk expansion = c.sub(definedAcronymExpansion(c, cx), c.size());
            return List.of(Mentions.of(expansion, cx.text(), EntityType.ORGANIZATION, expansion.text(cx.text()),
                    "acronym-definition", Optional.empty()));
        } else if (told(c) && !names.isFirstName(c.first().text())) {
            rule = "told";
        }
        if (next != null && EntityWords.ORGANIZATION_NOUNS_KEPT.contains(next.text()) && !isAdjective(c)
                && (next.is("administration") || next.is("government") || PersonEvidence.isSpeaker(c, 1))) {
            Span span = new Span(c.span().begin(), next.span().end());
            List<EntityMention> out = new ArrayList<>();
            out.add(new EntityMention(span, span.of(cx.text()), EntityType.ORGANIZATION, span.of(cx.text()),
                    "organization-noun", Optional.empty()));
            if (next.is("police")) {
                Place region = Place.named(name, PlaceKind.REGION);
                out.add(Mentions.of(c, cx.text(), EntityType.PLACE, name, "place-police", Optional.of(region)));
            }
            return out;
        }
        if (rule == null) {
            return List.of();
        }
        List<EntityMention> out = new ArrayList<>();
        out.add(Mentions.of(c, cx.text(), EntityType.ORGANIZATION, name, rule, Optional.empty()));
        policeForce(c, cx).ifPresent(out::add);
        return out;
    }

    /** "West Yorkshire Police", "Avon and Somerset Constabulary": a force named by the area it polices. */
    private Optional<EntityMention> policeForce(Chunk c, Context cx) {
        String head = c.last().text();
        if (!(head.equals("Police") || head.equals("Constabulary")) || c.size() < 2 || c.size() > 4) {
            return Optional.empty();
        }
        Chunk area = c.sub(0, c.size() - 1);
        String name = area.text(cx.text());
        Optional<Place> known = places.find(name);
        boolean placeLike = known.isPresent() || EntityWords.DIRECTIONS.contains(area.first().text()) && area.size() == 2
                || area.size() == 1 && !isCommonWord(name, cx) && !places.isDemonym(name) && !names.isFirstName(name);
        if (!placeLike) {
            return Optional.empty();
        }
        Place p = known.orElse(Place.named(name, PlaceKind.REGION));
        return Optional.of(Mentions.of(area, cx.text(), EntityType.PLACE, p.name(), "police-force-area", Optional.of(p)));
    }

    /** A one-word chunk that is an adjective: a demonym ("Haitian") or a compound ("Haitian-themed", "Leeds-based"). */
    private boolean isAdjective(Chunk c) {
        String w = c.first().text();
        return c.size() == 1 && (places.isDemonym(w) || w.matches(".+-(themed|based|born|led|backed|owned|style|born|run)"));
    }

    /**
     * Where in the chunk the name that a following "(ACRONYM)" abbreviates starts, or -1:
     * "the Federal Bureau of Investigation (FBI)" where FBI is a known organization, or any
     * name of two or more words whose initials are the acronym ("Clean River Action (CRA)"),
     * which news copy does for organizations; places and people are found before this rule.
     */
    private int definedAcronymExpansion(Chunk c, Context cx) {
        Token open = c.after(0);
        Token acronym = c.after(1);
        Token close = c.after(2);
        if (open == null || acronym == null || close == null || !open.is("(") || !close.is(")")
                || !AcronymLib.isAcronym(acronym.text())) {
            return -1;
        }
        if (organizations.find(acronym.text()).isEmpty()) {
            boolean whole = c.size() >= 2 && AcronymLib.initialsMatch(c.text(cx.text()), acronym.text());
            return whole ? 0 : -1;
        }
        for (int from = 0; from < c.size() - 1; from++) {
            if (c.tokens().get(from).isCapitalized() && AcronymLib.initialsMatch(c.sub(from, c.size()).text(cx.text()), acronym.text())) {
                return from;
            }
        }
        return -1;
    }

    private static boolean told(Chunk c) {
        Token before = c.before(1);
        Token beforeThe = c.before(2);
        return before != null && before.is("told") || before != null && before.is("the") && beforeThe != null
                && beforeThe.is("told");
    }

    private List<EntityMention> splitAt(Chunk c, String connector, Context cx) {
        List<EntityMention> out = new ArrayList<>();
        boolean open = false;
        int from = 0;
        for (int i = 0; i <= c.size(); i++) {
            if (i == c.size() || c.tokens().get(i).is(connector)) {
                if (i > from) {
                    List<EntityMention> part = classify(c.sub(from, i), cx);
                    if (part == null) {
                        open = true;
                    } else {
                        out.addAll(part);
                    }
                }
                from = i + 1;
            }
        }
        return out.isEmpty() && open ? null : out;
    }

    private boolean isPerson(Chunk c, Context cx) {
        return !PersonEvidence.personRule(c, names).isEmpty() && (c.size() > 1 || !AcronymLib.isAcronym(c.first().text()))
                && !(c.size() == 1 && isCommonWord(c.first().text(), cx));
    }

    private static boolean afterPreposition(Chunk c) {
        Token before = c.before(1);
        return before != null && PLACE_PREPOSITIONS.contains(before.text());
    }
}
