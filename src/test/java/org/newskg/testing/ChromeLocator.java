package org.newskg.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a Chrome or Chromium for the browser tests where platforms put it: the {@code CHROME} or
 * {@code PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH} variable, then the usual command names on the
 * {@code PATH}, then the usual install locations of Debian, Ubuntu's snap, Fedora, macOS and
 * Windows.
 */
public final class ChromeLocator {
    static final List<String> VARIABLES = List.of("CHROME", "PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH");
    static final List<String> COMMANDS = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
            "chrome", "chrome.exe");
    static final List<String> LOCATIONS = List.of("/usr/bin/chromium", "/snap/bin/chromium", "/usr/lib/chromium/chromium",
            "/usr/bin/google-chrome", "/opt/google/chrome/chrome",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            "/Applications/Chromium.app/Contents/MacOS/Chromium",
            "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
            "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe");

    private ChromeLocator() {
    }

    /** The browser to drive, from this process's environment. */
    public static Optional<Path> find() {
        return find(System.getenv());
    }

    /** The browser to drive, from the given environment (a variable that names no program is an error). */
    static Optional<Path> find(Map<String, String> env) {
        for (String variable : VARIABLES) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                Path named = Path.of(value);
                if (!Files.isExecutable(named)) {
                    throw new IllegalStateException(variable + "=" + value + " is not an executable program");
                }
                return Optional.of(named);
            }
        }
        List<Path> candidates = new ArrayList<>();
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                COMMANDS.forEach(command -> candidates.add(Path.of(dir, command)));
            }
        }
        LOCATIONS.forEach(location -> candidates.add(Path.of(location)));
        return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }

    /** The message for a machine with no browser. */
    public static String missing() {
        return "no Chrome or Chromium found: set CHROME to its program, or install one (Debian: apt-get install "
                + "chromium; .ci/run does)";
    }
}
