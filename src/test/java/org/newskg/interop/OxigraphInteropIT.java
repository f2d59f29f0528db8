package org.newskg.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Oxigraph (its npm package under the machine's Node.js, installed by the build into
 * target/oxigraph) loads the N-Quads export and answers the competency queries as TDB2 does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OxigraphInteropIT {
    private static final Path CHECK = Path.of("target/oxigraph/query.js");

    InteropFixture fx;
    JsonNode result;

    @BeforeAll
    void run(@TempDir Path dir) throws Exception {
        fx = new InteropFixture(dir);
        if (!Files.isDirectory(Path.of("target/oxigraph/node_modules/oxigraph"))) {
            throw new IllegalStateException("oxigraph is not installed in target/oxigraph: run the tests with mvn, which installs it");
        }
        List<String> command = new ArrayList<>(List.of("node", CHECK.toString(), fx.exports.get("nquads").toString()));
        for (String q : InteropFixture.COMPETENCY) {
            command.add("ontology/queries/" + q + ".rq");
        }
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, p.exitValue(), new String(out, StandardCharsets.UTF_8));
        result = new ObjectMapper().readTree(out);
    }

    @Test
    void loadsEveryQuad() {
        assertEquals(fx.quads, result.get("quads").asLong());
    }

    @Test
    void theCompetencyQueriesAnswerAsOnTdb2() throws Exception {
        for (String q : InteropFixture.COMPETENCY) {
            List<String> vars = InteropFixture.variables(q);
            List<Map<String, String>> rows = new ArrayList<>();
            for (JsonNode r : result.get("answers").get("ontology/queries/" + q + ".rq")) {
                Map<String, String> row = new LinkedHashMap<>();
                vars.forEach(v -> row.put(v, r.has(v) ? r.get(v).asText() : ""));
                rows.add(row);
            }
            assertEquals(fx.answers.get(q), InteropFixture.normalize(rows), q);
            assertTrue(!rows.isEmpty(), q);
        }
    }
}
