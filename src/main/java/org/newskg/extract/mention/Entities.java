package org.newskg.extract.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.newskg.extract.lexicon.AcronymLib;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityKeys;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.model.EntityType;

/** An entity made from a group of mentions: its name, key and aliases. */
final class Entities {
    private Entities() {
    }


    static Entity entity(List<EntityMention> group) {
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
    static Entity merge(Entity a, Entity b) {
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
}
