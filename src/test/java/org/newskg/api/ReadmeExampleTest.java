package org.newskg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's library example compiles against newskg and prints the article's graph. */
class ReadmeExampleTest {
    /** The first java block after the README's library heading, as imports and statements. */
    private static List<List<String>> example() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## Use it as a library");
        while (!lines.get(start).equals("```java")) {
            start++;
        }
        List<String> imports = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (int i = start + 1; !lines.get(i).equals("```"); i++) {
            (lines.get(i).startsWith("import ") ? imports : body).add(lines.get(i));
        }
        return List.of(imports, body);
    }

    @Test
    void theLibraryExampleCompilesAndPrintsTheGraph(@TempDir Path dir) throws Exception {
        List<List<String>> example = example();
        assertTrue(example.get(1).stream().filter(l -> !l.isBlank()).count() <= 5, "a five-line example: " + example.get(1));
        Path source = dir.resolve("ReadmeExample.java");
        Files.writeString(source, String.join("\n", example.get(0)) + "\npublic class ReadmeExample {\n"
                + "    public static void main(String[] args) throws Exception {\n" + String.join("\n", example.get(1)) + "\n    }\n}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, null, diagnostics, "-cp", System.getProperty("java.class.path"), "-d", dir.toString(),
                source.toString());
        assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass("ReadmeExample").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(stdout);
        }
        String turtle = printed.toString(StandardCharsets.UTF_8);
        assertTrue(turtle.contains("<https://newskg.org/id/person/ann-ford>"), turtle);
        assertTrue(turtle.contains("https://newskg.org/id/place/city/leeds"), turtle);
    }
}
