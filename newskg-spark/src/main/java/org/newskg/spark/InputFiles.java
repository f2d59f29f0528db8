package org.newskg.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists a job's inputs on any Hadoop file system as {@code newskg build} lists local ones: a
 * file is read whatever its name; a directory gives every {@code .txt}, {@code .jsonl},
 * {@code .ndjson} and their {@code .gz} under it, recursively, in path order; a glob gives what
 * it matches. An input that names nothing is listed all the same, for its reading to fail as
 * a build's does ("no such file"), in its place in build order.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** The files of the inputs, in build order. */
    static List<InputFile> list(List<String> inputs, Configuration conf) throws IOException {
        List<InputFile> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                files.add(new InputFile(files.size(), path.toString(), input, path.getName(), 0));
                continue;
            }
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    addDirectory(fs, match.getPath(), input, files);
                } else {
                    String name = match.getPath().getName();
                    String source = matches.length == 1 && !isGlob(input) ? input : match.getPath().toString();
                    files.add(new InputFile(files.size(), match.getPath().toString(), source, name, match.getLen()));
                }
            }
        }
        return List.copyOf(files);
    }

    private static void addDirectory(FileSystem fs, Path dir, String input, List<InputFile> files) throws IOException {
        String base = dir.toUri().getPath();
        // Sorted by the path under the directory: the order of Files.walk(...).sorted() in a build.
        TreeMap<String, FileStatus> found = new TreeMap<>();
        // listStatus, not listFiles: on the local file system a LocatedFileStatus asks a forked `stat` for
        // each file's permissions, which took 8 s for 2,094 files.
        java.util.ArrayDeque<Path> dirs = new java.util.ArrayDeque<>(List.of(dir));
        while (!dirs.isEmpty()) {
            FileStatus[] children;
            try {
                children = fs.listStatus(dirs.removeFirst());
            } catch (FileNotFoundException e) {
                continue;
            }
            for (FileStatus f : children) {
                if (f.isDirectory()) {
                    dirs.add(f.getPath());
                } else if (f.isFile() && isArticleFile(f.getPath().getName())) {
                    String relative = f.getPath().toUri().getPath().substring(base.length()).replaceFirst("^/+", "");
                    found.put(relative, f);
                }
            }
        }
        String prefix = isGlob(input) ? dir.toString() : input;
        for (var e : found.entrySet()) {
            String source = prefix.endsWith("/") ? prefix + e.getKey() : prefix + "/" + e.getKey();
            files.add(new InputFile(files.size(), e.getValue().getPath().toString(), source, e.getKey(),
                    e.getValue().getLen()));
        }
    }

    static boolean isArticleFile(String name) {
        String n = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    private static boolean isGlob(String input) {
        return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0 || input.indexOf('{') >= 0;
    }
}
