package org.unionworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What the module-boundary test cannot see, SQL strings: the union tree is read for scoping in one
 * place (SQL outside the org module and platform/access goes through {@code SqlScopes}, or
 * {@code DataScope} for entities, and never names {@code union_org}), and a module's SQL names only
 * its own tables (a table belongs to the module its migration is named after: {@code V13__governance}).
 */
class SqlBoundaryTest {

    private static final Path SOURCES = Path.of("src/main/java/org/unionworks");


    @Test
    void onlyTheOrgModuleAndTheAccessPackageNameTheUnionTable() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(SOURCES.resolve("org")) && !f.startsWith(SOURCES.resolve("platform/access")))
                    .filter(f -> read(f).toLowerCase().contains("union_org"))
                    .map(f -> SOURCES.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }
        assertThat(offenders).as("scope SQL through platform.access.SqlScopes").isEmpty();
    }

    /** The access package reads the union tree for every module (its published SQL helpers). */
    private static final Map<String, java.util.Set<String>> FOREIGN_TABLES_ALLOWED = Map.of(
            "platform/access/DataScope.java", java.util.Set.of("union_org"),
            "platform/access/SqlScopes.java", java.util.Set.of("union_org"),
            "platform/access/SubtreeDistricts.java", java.util.Set.of("union_org"));

    @Test
    void aModulesSqlNamesOnlyItsOwnTables() throws IOException {
        Map<String, String> owner = new java.util.HashMap<>();
        try (Stream<Path> migrations = Stream.concat(Files.list(Path.of("src/main/resources/db/migration")),
                Files.list(Path.of("src/main/resources/db/vendor/postgresql")))) {
            migrations.forEach(m -> {
                String module = m.getFileName().toString().split("__")[1].split("[_.]")[0];
                var created = java.util.regex.Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)").matcher(read(m));
                while (created.find()) {
                    owner.put(created.group(1).toLowerCase(), module);
                }
            });
        }
        owner.put("org_tally", "org"); // kept by the org module's triggers, created with the figure tallies
        var reference = java.util.regex.Pattern.compile("(?i)\\b(?:from|join|update|into)\\s+([a-z_][a-z0-9_]*)");
        List<String> offenders = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String file = SOURCES.relativize(f).toString().replace('\\', '/');
                String module = file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
                var m = reference.matcher(read(f));
                while (m.find()) {
                    String table = m.group(1).toLowerCase();
                    if (owner.containsKey(table) && !owner.get(table).equals(module)
                            && !FOREIGN_TABLES_ALLOWED.getOrDefault(file, java.util.Set.of()).contains(table)) {
                        offenders.add(file + " → " + table + " (" + owner.get(table) + ")");
                    }
                }
            });
        }
        assertThat(offenders).as("read another module's data through its published interface").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
