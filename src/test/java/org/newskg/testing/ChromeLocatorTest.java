package org.newskg.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromeLocatorTest {
    private static Path program(Path dir, String name) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void theChromeVariableWinsOverThePath(@TempDir Path dir) throws Exception {
        Path named = program(dir, "my-chrome");
        program(dir, "chromium");
        assertEquals(Optional.of(named), ChromeLocator.find(Map.of("CHROME", named.toString(), "PATH", dir.toString())));
    }

    @Test
    void findsGoogleChromeOnThePath(@TempDir Path dir) throws Exception {
        Path chrome = program(dir, "google-chrome");
        assertEquals(Optional.of(chrome), ChromeLocator.find(Map.of("PATH", "/nonexistent:" + dir)));
    }

    @Test
    void aVariableNamingNoProgramIsAnError(@TempDir Path dir) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ChromeLocator.find(Map.of("PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH", dir.resolve("none").toString())));
        assertTrue(e.getMessage().startsWith("PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH="), e.getMessage());
    }
}
