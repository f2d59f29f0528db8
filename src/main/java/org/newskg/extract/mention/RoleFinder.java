package org.newskg.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.article.Article;
import org.newskg.extract.lexicon.EntityWords;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityMention;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.model.Role;
import org.newskg.extract.text.Span;
import org.newskg.extract.text.Token;
import org.newskg.extract.text.Words;

/**
 * Finds the roles of persons stated next to their names, with the organization when the text
 * gives it: in apposition ("Jane Doe, a spokeswoman for the FBI";
 * "Mark Tran, the executive director of Amnesty International") or as a title before the
 * name ("Police Commissioner Tom Smith", "BBC director general Mark Thompson").
 *
 * <p>Reads the tokens and entities; returns the entities with their roles added.
 */
final class RoleFinder {
    private static final Set<String> HONORIFICS = EntityWords.HONORIFICS;
    private static final Set<String> ROLE_MODIFIERS = Set.of("founding", "deputy", "assistant", "acting", "former",
            "executive", "associate", "senior", "chief", "police", "district", "field", "office", "general",
            "vice", "interim", "managing", "station", "press", "state", "federal", "local", "city", "county",
            "national", "regional", "special", "principal", "lead", "co-founder", "top");

    List<Entity> find(Article article, List<Token> tokens, List<Entity> entities) {
        String text = article.text();
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                out.add(e);
                continue;
            }
            List<Role> roles = new ArrayList<>();
            for (EntityMention m : e.mentions()) {
                int at = Words.tokenAt(tokens, m.span().begin());
                int end = Words.tokenAt(tokens, m.span().end() - 1);
                if (at < 0 || end < 0) {
                    continue;
                }
                apposition(text, tokens, end + 1, entities).ifPresent(roles::add);
                before(text, tokens, at, entities).ifPresent(roles::add);
            }
            out.add(new Entity(e.key(), e.type(), e.name(), e.aliases(), e.mentions(), e.place(), distinct(roles)));
        }
        return List.copyOf(out);
    }

    private static List<Role> distinct(List<Role> roles) {
        List<Role> out = new ArrayList<>();
        for (Role r : roles) {
            if (out.stream().noneMatch(o -> o.title().equalsIgnoreCase(r.title()))) {
                out.add(r);
            }
        }
        return out;
    }

    /** ", [age,] [a|an|the] ROLE WORDS [of|for|at|with ORGANIZATION]" after the name. */
    private static Optional<Role> apposition(String text, List<Token> tokens, int i, List<Entity> entities) {
        if (i >= tokens.size() || !tokens.get(i).is(",")) {
            return Optional.empty();
        }
        int sentence = tokens.get(i).sentence();
        i++;
        if (i + 1 < tokens.size() && tokens.get(i).text().matches("\\d{1,3}") && tokens.get(i + 1).is(",")) {
            i += 2;
        }
        if (i < tokens.size() && (tokens.get(i).is("a") || tokens.get(i).is("an") || tokens.get(i).is("the"))) {
            i++;
        }
        int roleStart = i;
        boolean hasRoleNoun = false;
        while (i < tokens.size() && tokens.get(i).sentence() == sentence && tokens.get(i).isWord()
                && !isPreposition(tokens.get(i)) && !tokens.get(i).text().endsWith("ing") && !tokens.get(i).is("who")) {
            hasRoleNoun |= PersonEvidence.PERSON_NOUNS.contains(Words.lower(tokens.get(i).text()));
            i++;
            if (i - roleStart > 7) {
                return Optional.empty();
            }
        }
        if (!hasRoleNoun || i == roleStart) {
            return Optional.empty();
        }
        Span role = new Span(tokens.get(roleStart).span().begin(), tokens.get(i - 1).span().end());
        Optional<String> org = Optional.empty();
        if (i + 1 < tokens.size() && isPreposition(tokens.get(i))) {
            int at = tokens.get(i + 1).is("the") && i + 2 < tokens.size() ? i + 2 : i + 1;
            org = organizationAt(tokens.get(at).span().begin(), entities);
        }
        return Optional.of(new Role(role.of(text), org, role));
    }

    /** "[ORGANIZATION] title words NAME", e.g. "Labour party chairman Ian Brown". */
    private static Optional<Role> before(String text, List<Token> tokens, int at, List<Entity> entities) {
        int i = at - 1;
        int sentence = tokens.get(at).sentence();
        boolean hasRole = false;
        while (i >= 0 && tokens.get(i).sentence() == sentence && isRoleWord(tokens.get(i))) {
            hasRole |= isRoleHead(tokens.get(i));
            i--;
        }
        if (!hasRole) {
            return Optional.empty();
        }
        int first = i + 1;
        while (first < at && (tokens.get(first).is("of") || HONORIFICS.contains(tokens.get(first).text()))) {
            first++;
        }
        int last = at - 1;
        while (last >= first && HONORIFICS.contains(tokens.get(last).text())) {
            last--;
        }
        if (last < first) {
            return Optional.empty();
        }
        Span role = new Span(tokens.get(first).span().begin(), tokens.get(last).span().end());
        Optional<String> org = i >= 0 ? organizationEndingAt(tokens.get(i).span().end(), entities) : Optional.empty();
        return Optional.of(new Role(role.of(text), org, role));
    }

    private static boolean isRoleWord(Token t) {
        return isRoleHead(t) || ROLE_MODIFIERS.contains(Words.lower(t.text())) || t.is("of")
                || HONORIFICS.contains(t.text());
    }

    private static boolean isRoleHead(Token t) {
        String lower = Words.lower(t.text());
        return EntityWords.TITLES.contains(t.text()) && !HONORIFICS.contains(t.text())
                || PersonEvidence.PERSON_NOUNS.contains(lower) && Character.isLowerCase(t.text().charAt(0));
    }

    private static boolean isPreposition(Token t) {
        return t.is("of") || t.is("for") || t.is("at") || t.is("with") || t.is("in") || t.is("from");
    }

    private static Optional<String> organizationAt(int begin, List<Entity> entities) {
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION
                    && e.mentions().stream().anyMatch(m -> m.span().begin() == begin)) {
                return Optional.of(e.key());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> organizationEndingAt(int end, List<Entity> entities) {
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION && e.mentions().stream().anyMatch(m -> m.span().end() == end)) {
                return Optional.of(e.key());
            }
        }
        return Optional.empty();
    }
}
