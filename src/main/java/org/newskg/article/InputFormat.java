package org.newskg.article;

/** How an input is read: one article per text file, or one JSON object per line; auto decides by name or content. */
public enum InputFormat {
    AUTO, TEXT, JSONL
}
