package org.newskg.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands inputs: a file stays itself; a directory gives its {@code .txt} files, recursively, sorted; "-" is stdin. */
final class InputFiles {
    private InputFiles() {
    }

    static List<String> expand(List<String> inputs) throws IOException {
        List<String> out = new ArrayList<>();
        for (String input : inputs) {
            Path p = Path.of(input);
            if (!input.equals("-") && Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .map(Path::toString).sorted().forEach(out::add);
                }
            } else {
                out.add(input);
            }
        }
        return out;
    }
}
