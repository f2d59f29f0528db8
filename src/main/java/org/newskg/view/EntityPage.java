package org.newskg.view;

import java.util.List;
import java.util.Objects;

/**
 * Everything the dataset knows of one person, organization or place, across articles: its
 * names, the articles that mention it, what it said (each statement with its article, date,
 * span and sentence), the roles and affiliations the articles give it, the persons named
 * beside it, the persons it might be the same as (with the evidence), the articles whose unrelated
 * affiliations for it suggest two people of one name, the statements whose words
 * name it, and, for a place, its arrest counts oldest first.
 */
public record EntityPage(String iri, String kind, String name, List<String> alternateNames, List<Mentioned> articles,
                         List<Said> statements, List<RoleHeld> roles, List<Beside> coMentioned, List<MaybeSame> possiblySame,
                         List<NamesakeSign> namesakes, List<SearchResults.Quoted> spokenOf, List<ArrestBar> counts) {
    public EntityPage {
        Objects.requireNonNull(iri, "iri may not be null");
        Objects.requireNonNull(kind, "kind may not be null");
        Objects.requireNonNull(name, "name may not be null");
        alternateNames = List.copyOf(alternateNames);
        articles = List.copyOf(articles);
        statements = List.copyOf(statements);
        roles = List.copyOf(roles);
        coMentioned = List.copyOf(coMentioned);
        possiblySame = List.copyOf(possiblySame);
        namesakes = List.copyOf(namesakes);
        spokenOf = List.copyOf(spokenOf);
        counts = List.copyOf(counts);
    }

    /** An article that mentions the entity. */
    public record Mentioned(String article, String headline, String date) {
    }

    /** A statement: direct or reported, its reporting verb, article, date, span and sentence. */
    public record Said(String statement, String text, boolean direct, String verb, String article, String headline, String date,
                       int begin, int end, String sentence) {
    }

    /** A role as one article gives it, with the organization (IRI and name; "" for none) and the words. */
    public record RoleHeld(String roleName, String organization, String organizationName, String article, String words) {
    }

    /** A person named in the same articles, and in how many. */
    public record Beside(String person, String name, int articles) {
    }

    /** A person the entity might be (or that might be it): where, and the evidence. */
    public record MaybeSame(String person, String name, String article, int sharedAffiliations, int sharedRoles,
                            int sharedCoMentions, int candidateArticles) {
    }

    /**
     * One article's word on a person that may be two people of one name: the organization it
     * gives (IRI and name), where other articles give unrelated ones.
     */
    public record NamesakeSign(String article, String headline, String organization, String organizationName) {
    }
}
