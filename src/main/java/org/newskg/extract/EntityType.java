package org.newskg.extract;

/** The kinds of named thing extraction finds. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE
}
