package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pages are type-checked against {@code web/openapi.json}, from which the build generates their
 * TypeScript types. This test keeps that file equal to what the server describes: when an endpoint or
 * a request or answer record changes, it fails until the file is refreshed with
 * {@code UPDATE_API_CONTRACT=1 mvn test -Dskip.web=true -Dtest=ApiContractTest} and committed, so that
 * the pages are checked against the server as it is.
 */
class ApiContractTest extends ApiTestBase {

    private static final Path CONTRACT = Path.of("web/openapi.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theCommittedContractIsWhatTheServerDescribes() throws IOException {
        JsonNode live = normalized(admin().get("/api/openapi").json());
        if (System.getenv("UPDATE_API_CONTRACT") != null) {
            Files.writeString(CONTRACT, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n");
        }
        JsonNode committed = normalized(JSON.readTree(Files.readString(CONTRACT)));
        assertThat(committed).as("web/openapi.json is stale: refresh it with UPDATE_API_CONTRACT=1 mvn test -Dskip.web=true "
                + "-Dtest=ApiContractTest and commit it").isEqualTo(live);
    }

    /** Without what varies from run to run: the server's address and springdoc's numbered operation ids. */
    private static JsonNode normalized(JsonNode doc) {
        JsonNode copy = doc.deepCopy();
        ((ObjectNode) copy).remove("servers");
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("operationId");
            List<String> names = new ArrayList<>(object.propertyNames());
            names.forEach(n -> strip(object.get(n)));
        } else if (node instanceof ArrayNode array) {
            array.forEach(ApiContractTest::strip);
        }
    }
}
