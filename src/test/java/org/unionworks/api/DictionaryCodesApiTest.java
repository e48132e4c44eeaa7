package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

/**
 * An administrator extends a dictionary (系统管理 → 字典) with a code as long as it accepts, and cadres
 * use it at once: the record is saved, never answered 500 because its column was narrower than the code.
 */
class DictionaryCodesApiTest extends ApiTestBase {

    @Test
    void aFullLengthCodeAddedToADictionaryCanBeUsed() {
        Http admin = admin();
        long district = district(admin, unique("字典区"));
        String code = ("LONG" + System.nanoTime() + "0000000000").substring(0, 20);
        for (String type : new String[] {"outreach_kind", "activity_kind"}) {
            var added = admin.post("/api/dicts/" + type, Map.of("code", code, "label", unique("新类别"), "sortOrder", 99));
            assertThat(added.status()).as(added.toString()).isIn(200, 201);
        }
        var outreach = admin.post("/api/rights/outreach", Map.of("unionId", district, "heldOn", LocalDate.now().toString(),
                "topic", "新形式普法", "kind", code, "audienceOnsite", 10));
        assertThat(outreach.status()).as(outreach.toString()).isEqualTo(201);
        var activity = admin.post("/api/activities", Map.of("unionId", district, "kind", code, "heldOn", LocalDate.now().toString(),
                "topic", "新类别活动", "participants", 5));
        assertThat(activity.status()).as(activity.toString()).isEqualTo(201);
    }
}
