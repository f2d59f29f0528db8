package org.newskg.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file of the job, listed on the driver.
 *
 * @param order    its place in the order a build reads the inputs (the first of two articles
 *                 with one id is built, as in {@code newskg build})
 * @param uri      where it is, for the executors to open
 * @param source   how messages name it: the path as given, or under the directory given
 * @param relative its path under the directory it was found in (its name when given itself),
 *                 with '/' between folders: the article id is made of it
 * @param length   its size in bytes as listed, 0 when it could not be listed: tasks are balanced by it
 */
record InputFile(long order, String uri, String source, String relative, long length) implements Serializable {
    InputFile {
        Objects.requireNonNull(uri, "uri may not be null");
        Objects.requireNonNull(source, "source may not be null");
        Objects.requireNonNull(relative, "relative may not be null");
    }
}
