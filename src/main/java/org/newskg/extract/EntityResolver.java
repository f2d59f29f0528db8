package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups the mentions of one article into entities: a place by its gazetteer entry, an
 * organization with its acronym ("FBI" and "Federal Bureau of Investigation"), a person
 * with the surname used alone later ("Khodorkovsky" and "Mikhail Khodorkovsky", "Mr Clarke" and
 * "Charles Clarke") when exactly one person of the article has that surname (a surname two
 * people share stays apart: a wrong speaker is worse than a second entry), or, when none has
 * it as surname, with the one person whose name starts with the word (a given name used alone,
 * or a family name written first: "Li" for "Li Wen").
 *
 * <p>Reads the article and its mentions; returns entities ordered by first mention.
 */
public final class EntityResolver {

    public List<Entity> resolve(List<EntityMention> mentions) {
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
            Entity e = entity(group);
            byEntityKey.merge(e.key(), e, EntityResolver::merge);
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
            case ORGANIZATION -> EntityKeys.organization(stripThe(m.name()));
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
    private static Entity entity(List<EntityMention> group) {
        EntityMention first = group.get(0);
        EntityType type = first.type();
        String name = switch (type) {
            case PLACE -> first.place().orElseThrow().name();
            case ORGANIZATION -> organizationName(group);
            case PERSON -> group.stream().map(EntityMention::name)
                    .max(Comparator.comparingInt((String n) -> n.split(" ").length).thenComparing(n -> n)).orElseThrow();
        };
        String key = switch (type) {
            case PLACE -> first.place().orElseThrow().key();
            case ORGANIZATION -> EntityKeys.organization(name);
            case PERSON -> EntityKeys.person(name);
        };
        TreeSet<String> aliases = new TreeSet<>();
        for (EntityMention m : group) {
            aliases.add(stripThe(m.text()));
        }
        aliases.remove(name);
        return new Entity(key, type, name, List.copyOf(aliases), group, first.place(), List.of());
    }

    /** A gazetteer name when one mention had it, else the longest name that is not an acronym. */
    private static String organizationName(List<EntityMention> group) {
        for (EntityMention m : group) {
            if (m.rule().equals("gazetteer")) {
                return m.name();
            }
        }
        return group.stream().map(m -> stripThe(m.name()))
                .max(Comparator.comparingInt((String n) -> AcronymLib.isAcronym(n) ? 0 : n.length()).thenComparing(n -> n))
                .orElseThrow();
    }

    private static Entity merge(Entity a, Entity b) {
        List<EntityMention> mentions = new ArrayList<>(a.mentions());
        mentions.addAll(b.mentions());
        mentions.sort(Comparator.comparing(EntityMention::span));
        TreeSet<String> aliases = new TreeSet<>(a.aliases());
        aliases.addAll(b.aliases());
        aliases.remove(a.name());
        return new Entity(a.key(), a.type(), a.name(), List.copyOf(aliases), mentions, a.place(), List.of());
    }

    static String stripThe(String name) {
        return name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
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
}
