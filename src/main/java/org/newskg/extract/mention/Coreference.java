package org.newskg.extract.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.extract.lexicon.AcronymLib;
import org.newskg.extract.lexicon.CommonWords;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityKeys;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.model.PlaceKind;
import org.newskg.extract.text.Span;
import org.newskg.extract.text.Token;
import org.newskg.extract.text.Words;

/**
 * Coreference, in one place. First the chunks no evidence typed are typed by the names the
 * article gives elsewhere: the surname of a person found, the acronym of an organization found,
 * a name typed by another rule; a one-word city that is a person's surname is that person. Then
 * the mentions are grouped into entities: a place by its gazetteer entry, an
 * organization with its acronym ("FBI" and "Federal Bureau of Investigation"), a person
 * with the surname used alone later ("Khodorkovsky" and "Mikhail Khodorkovsky", "Mr Clarke" and
 * "Charles Clarke") when exactly one person of the article has that surname (a surname two
 * people share stays apart: a wrong speaker is worse than a second entry), or, when none has
 * it as surname, with the one person whose name starts with the word (a given name used alone,
 * or a family name written first: "Li" for "Li Wen").
 *
 * <p>Returns the entities ordered by first mention.
 */
final class Coreference {

    /**
     * The entities of the article: the open chunks typed by the names found first, overlaps
     * dropped (the longer mention wins), then the mentions grouped.
     */
    List<Entity> resolve(MentionFinder.Candidates candidates, String text) {
        Map<Span, EntityMention> found = new TreeMap<>(candidates.typed());
        surnamesNotCities(found);
        KnownNames firstPass = new KnownNames(List.copyOf(found.values()));
        for (Chunk chunk : candidates.open()) {
            resolveOpen(chunk, text, firstPass).filter(m -> !Mentions.onlyTitles(m)).ifPresent(m -> found.putIfAbsent(m.span(), m));
        }
        return group(withoutOverlaps(found.values()));
    }

    /** Groups mentions, already typed and not overlapping, into entities. */
    List<Entity> group(List<EntityMention> mentions) {
        int[] parent = new int[mentions.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byKey = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Integer first = byKey.putIfAbsent(initialKey(mentions.get(i)), i);
            if (first != null) {
                union(parent, first, i);
            }
        }
        Map<String, List<Integer>> personsBySurname = new HashMap<>();
        Map<String, List<Integer>> personsByFirstWord = new HashMap<>();
        Map<String, List<Integer>> organizationsByAcronym = new HashMap<>();
        for (int j = 0; j < mentions.size(); j++) {
            EntityMention o = mentions.get(j);
            if (o.type() == EntityType.PERSON && o.name().contains(" ")) {
                personsBySurname.computeIfAbsent(o.name().substring(o.name().lastIndexOf(' ') + 1), k -> new ArrayList<>()).add(j);
                personsByFirstWord.computeIfAbsent(o.name().substring(0, o.name().indexOf(' ')), k -> new ArrayList<>()).add(j);
            }
            if (o.type() == EntityType.ORGANIZATION) {
                Set<String> acronyms = new HashSet<>(AcronymLib.acronymsOf(o.text()));
                acronyms.addAll(AcronymLib.acronymsOf(o.name()));
                for (String a : acronyms) {
                    organizationsByAcronym.computeIfAbsent(a, k -> new ArrayList<>()).add(j);
                }
            }
        }
        Map<String, List<Integer>> endings = byNameEndings(mentions);
        for (int index = 0; index < mentions.size(); index++) {
            final int i = index;
            EntityMention m = mentions.get(i);
            if (m.type() == EntityType.PERSON && !m.name().contains(" ")) {
                List<Integer> bySurname = personsBySurname.getOrDefault(m.name(), List.of());
                (bySurname.isEmpty() ? unique(mentions, personsByFirstWord.getOrDefault(m.name(), List.of()))
                        : unique(mentions, bySurname)).ifPresent(j -> union(parent, i, j));
            }
            if (m.type() == EntityType.PERSON && m.name().contains(" ")) {
                unique(mentions, endings.getOrDefault(m.name(), List.of())).ifPresent(j -> union(parent, i, j));
            }
            if (m.type() == EntityType.ORGANIZATION && AcronymLib.isAcronym(m.text())) {
                for (int j : organizationsByAcronym.getOrDefault(m.text().replace(".", ""), List.of())) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<EntityMention>> groups = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(mentions.get(i));
        }
        Map<String, Entity> byEntityKey = new LinkedHashMap<>();
        for (List<EntityMention> group : groups.values()) {
            Entity e = Entities.entity(group);
            byEntityKey.merge(e.key(), e, Entities::merge);
        }
        List<Entity> out = new ArrayList<>(byEntityKey.values());
        out.sort(Comparator.comparing(Entity::firstSpan));
        return List.copyOf(out);
    }

    /**
     * The persons by the last words of their longer names: "Al Rashid" and "Saleh Al Rashid" for
     * "Omar Saleh Al Rashid", so that a two-word surname used alone joins the full name.
     */
    private static Map<String, List<Integer>> byNameEndings(List<EntityMention> mentions) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int j = 0; j < mentions.size(); j++) {
            EntityMention o = mentions.get(j);
            if (o.type() != EntityType.PERSON) {
                continue;
            }
            String name = o.name();
            int words = name.split(" ").length;
            int cut = name.indexOf(' ');
            for (int w = words - 1; w >= 2 && cut > 0; w--) {
                out.computeIfAbsent(name.substring(cut + 1), k -> new ArrayList<>()).add(j);
                cut = name.indexOf(' ', cut + 1);
            }
        }
        return out;
    }

    private static String initialKey(EntityMention m) {
        return switch (m.type()) {
            case PLACE -> m.place().orElseThrow().key();
            case ORGANIZATION -> EntityKeys.organization(Entities.stripThe(m.name()));
            case PERSON -> EntityKeys.person(m.name());
        };
    }



    /** The first of the candidates, or empty when they carry two different names. */
    private static Optional<Integer> unique(List<EntityMention> mentions, List<Integer> candidates) {
        Integer found = null;
        for (int j : candidates) {
            if (found == null) {
                found = j;
            } else if (!mentions.get(j).name().equals(mentions.get(found).name())) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(found);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }


    /**
     * A chunk the first pass could not type: the surname of a person, the acronym or short name of
     * an organization, or the name of a place found elsewhere in the article.
     */
    private Optional<EntityMention> resolveOpen(Chunk chunk, String text, KnownNames known) {
        if (chunk.size() >= 2 && chunk.size() <= 3 && chunk.tokens().stream().allMatch(Token::isCapitalized)
                && !CommonWords.WORDS.contains(Words.lower(chunk.first().text()))) {
            String surname = chunk.last().text();
            if (known.personNames.contains(surname)) {
                return Optional.of(Mentions.of(chunk, text, EntityType.PERSON, chunk.text(text), "surname-of-person",
                        Optional.empty()));
            }
        }
        Chunk c = chunk;
        while (c.size() > 1 && (ChunkFinder.isConnector(c.first()) || c.startsSentence() && c == chunk)) {
            c = c.sub(1, c.size());
        }
        String name = c.text(text);
        int first = Integer.MAX_VALUE;
        if (c.size() == 1) {
            first = Math.min(first, known.bySurname.getOrDefault(name, Integer.MAX_VALUE));
            if (AcronymLib.isAcronym(name)) {
                first = Math.min(first, known.byAcronym.getOrDefault(name.replace(".", ""), Integer.MAX_VALUE));
            }
        }
        first = Math.min(first, (c.size() > 1 ? known.byName : known.byNameNotPerson).getOrDefault(name, Integer.MAX_VALUE));
        if (first == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        EntityMention m = known.mentions.get(first);
        if (m.type() == EntityType.PERSON && c.size() == 1 && !m.name().equals(name) && m.name().endsWith(" " + name)) {
            return Optional.of(Mentions.of(c, text, EntityType.PERSON, m.name(), "surname", Optional.empty()));
        }
        if (m.type() == EntityType.ORGANIZATION && c.size() == 1 && AcronymLib.isAcronym(name)
                && AcronymLib.initialsMatch(m.name(), name)) {
            return Optional.of(Mentions.of(c, text, EntityType.ORGANIZATION, m.name(), "acronym", Optional.empty()));
        }
        return Optional.of(Mentions.of(c, text, m.type(), m.name(), "same-name", m.place()));
    }


    /**
     * The mentions the first pass typed, indexed so that each open chunk is looked up rather than
     * compared with every one of them: the first mention (in text order) for a surname, an
     * acronym and a name.
     */
    private static final class KnownNames {
        final List<EntityMention> mentions;
        final Set<String> personNames = new HashSet<>();
        final Map<String, Integer> bySurname = new HashMap<>();
        final Map<String, Integer> byAcronym = new HashMap<>();
        final Map<String, Integer> byName = new HashMap<>();
        final Map<String, Integer> byNameNotPerson = new HashMap<>();

        KnownNames(List<EntityMention> mentions) {
            this.mentions = mentions;
            for (int i = 0; i < mentions.size(); i++) {
                EntityMention m = mentions.get(i);
                byName.putIfAbsent(m.name(), i);
                if (m.type() == EntityType.PERSON) {
                    personNames.add(m.name());
                    if (m.name().contains(" ")) {
                        bySurname.putIfAbsent(m.name().substring(m.name().lastIndexOf(' ') + 1), i);
                    }
                } else {
                    byNameNotPerson.putIfAbsent(m.name(), i);
                }
                if (m.type() == EntityType.ORGANIZATION) {
                    for (String a : AcronymLib.acronymsOf(m.name())) {
                        byAcronym.putIfAbsent(a, i);
                    }
                }
            }
        }
    }


    /** A one-word city that is the surname of a person the article names in full is that person ("Ford" beside "Ann Ford"). */
    private static void surnamesNotCities(Map<Span, EntityMention> found) {
        Set<String> surnames = new HashSet<>();
        for (EntityMention m : found.values()) {
            if (m.type() == EntityType.PERSON && m.name().contains(" ")) {
                surnames.add(m.name().substring(m.name().lastIndexOf(' ') + 1));
            }
        }
        found.replaceAll((span, m) -> m.type() == EntityType.PLACE && m.place().orElseThrow().kind() == PlaceKind.CITY
                && surnames.contains(m.text())
                ? new EntityMention(m.span(), m.text(), EntityType.PERSON, m.text(), "surname", Optional.empty()) : m);
    }

    private static List<EntityMention> withoutOverlaps(Iterable<EntityMention> mentions) {
        List<EntityMention> sorted = new ArrayList<>();
        mentions.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt((EntityMention m) -> -m.span().length()).thenComparing(EntityMention::span));
        List<EntityMention> kept = new ArrayList<>();
        TreeMap<Integer, List<EntityMention>> keptByBegin = new TreeMap<>();
        int longest = 0;
        for (EntityMention m : sorted) {
            boolean blocked = false;
            for (List<EntityMention> near : keptByBegin.subMap(m.span().begin() - longest, true, m.span().end(), false).values()) {
                blocked |= near.stream().anyMatch(k -> k.span().overlaps(m.span())
                        && !(k.type() != m.type() && k.span().contains(m.span())));
            }
            if (!blocked) {
                kept.add(m);
                keptByBegin.computeIfAbsent(m.span().begin(), b -> new ArrayList<>()).add(m);
                longest = Math.max(longest, m.span().length());
            }
        }
        kept.sort(Comparator.comparing(EntityMention::span));
        return List.copyOf(kept);
    }
}
