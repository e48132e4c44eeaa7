package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

/**
 * Every start of the application runs the migrations again, with their callbacks (on Citus the script placing the tables,
 * which must find them placed already and change nothing): a restart on a database in use works.
 */
class MigrateAgainApiTest extends ApiTestBase {

    @Autowired
    Flyway flyway;

    @Test
    void aSecondMigrationRunOnADatabaseInUseChangesNothing() {
        Http admin = admin();
        long district = district(admin, unique("重启区"));
        long union = createOrg(admin, district, unique("重启厂"), "GRASSROOTS", "ENTERPRISE");
        long member = MemberApiTest.register(admin, union, "重启人", People.idNumber());

        assertThat(flyway.migrate().success).isTrue();

        assertThat(admin.get("/api/members/" + member).status()).isEqualTo(200);
        assertThat(MemberApiTest.register(admin, union, "重启后", People.idNumber())).isGreaterThan(member);
    }
}
