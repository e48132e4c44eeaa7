package org.unionworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.unionworks.support.AuditWitness;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit sweep: every write endpoint of the OpenAPI document was called by the suites and left an
 * audit row that names who did it and the record (the {@link AuditWitness} writes down each one it saw).
 * Not a test of its own: {@code mvn verify} runs it after the H2, browser and PostgreSQL suites (the
 * {@code audit-sweep} execution in the pom), so a new write endpoint without a test that calls it, or
 * one that writes without an audit row, fails the build.
 */
class AuditSweepCheck {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    @Test
    void everyWriteEndpointWasCalledAndAudited() throws IOException {
        Set<String> covered = new HashSet<>();
        for (String database : List.of("h2", "postgres")) {
            Path file = AuditWitness.covered(database);
            if (Files.exists(file)) {
                Files.readAllLines(file).forEach(line -> covered.add(line.replaceAll("\\{(\\w+):[^}]*}", "{$1}")));
            }
        }
        assertThat(covered).as("the suites ran with the audit witness (%s)", AuditWitness.covered("h2")).isNotEmpty();
        Set<String> missing = new TreeSet<>();
        JsonNode paths = new JsonMapper().readTree(Path.of("web/openapi.json").toFile()).get("paths");
        for (var path : paths.properties()) {
            for (var operation : path.getValue().properties()) {
                String endpoint = operation.getKey().toUpperCase() + " " + path.getKey();
                if (WRITES.contains(operation.getKey()) && !covered.contains(endpoint)) {
                    missing.add(endpoint);
                }
            }
        }
        assertThat(missing).as("write endpoints no test called with an audited success").isEmpty();
    }
}
