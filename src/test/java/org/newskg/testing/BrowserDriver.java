package org.newskg.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the Node.js scripts of target/browser (copied from src/test/browser and given
 * playwright-core by the Maven build) against Chrome or Chromium ({@link ChromeLocator}), and
 * reads what it saw: the JSON it prints on stdout.
 */
public final class BrowserDriver {
    private final Path chrome;

    private BrowserDriver(Path chrome) {
        this.chrome = chrome;
    }

    /** The driver, or a failure that says what is missing: the browser, or playwright-core. */
    public static BrowserDriver find() {
        Path chrome = ChromeLocator.find().orElseThrow(() -> new IllegalStateException(ChromeLocator.missing()));
        if (!Files.isDirectory(Path.of("target/browser/node_modules/playwright-core"))) {
            throw new IllegalStateException("playwright-core is not installed in target/browser: run the tests with mvn, which installs it");
        }
        return new BrowserDriver(chrome);
    }

    /** Runs target/browser/SCRIPT with the arguments; fails the test when it fails or takes longer than the timeout. */
    public JsonNode run(String script, List<String> arguments, int timeoutSeconds) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", Path.of("target/browser", script).toString()));
        command.addAll(arguments);
        ProcessBuilder driver = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        driver.environment().put("CHROMIUM", chrome.toString());
        Process p = driver.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(timeoutSeconds, TimeUnit.SECONDS), "the browser did not finish");
        assertEquals(0, p.exitValue(), "the browser driver " + script + " failed: " + new String(out, StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out);
    }
}
