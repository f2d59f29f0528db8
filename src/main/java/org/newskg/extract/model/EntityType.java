package org.newskg.extract.model;

/** The kinds of named thing extraction finds. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE
}
