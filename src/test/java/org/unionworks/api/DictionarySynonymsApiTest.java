package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * Issue #27: 「技能竞赛」 was refused because the label is 「大比武/技能竞赛」. Entries keep their other words, imports
 * accept them, an administrator adds more, and a word no entry has is refused naming the closest entries.
 */
class DictionarySynonymsApiTest extends ApiTestBase {

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importsAcceptAnEntrysOtherWordsAndNameTheClosestWhenNoneFits() {
        Http admin = admin();
        long district = district(admin, unique("同义区"));
        var done = admin.importFile("/api/activities/import", "活动.csv", csv("工会编号,类别,日期,主题,参加人数\n"
                + district + ",技能竞赛,2026-10-01,焊工技能比武,40\n" + district + ",大比武,2026-10-02,电工比武,30\n"));
        assertThat(done.json().get("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(admin.get("/api/activities?under=" + district + "&kind=CONTEST").json().get("total").asLong()).isEqualTo(2);

        var refused = admin.importFile("/api/activities/import", "活动.csv", csv("工会编号,类别,日期,主题,参加人数\n"
                + district + ",岗位技能竞赛活动,2026-10-01,x,1\n"));
        assertThat(refused.toString()).contains("“岗位技能竞赛活动”不是可选的值，最接近的是：大比武/技能竞赛");

        JsonNode kinds = admin.get("/api/dicts/activity_kind").json();
        JsonNode study = kinds.valueStream().filter(k -> k.get("code").asString().equals("STUDY")).findFirst().orElseThrow();
        var changed = admin.put("/api/dicts/activity_kind/" + study.get("id").asLong(), Map.of("label", study.get("label").asString(),
                "synonyms", "理论学习，中心组学习、 理论学习", "sortOrder", study.get("sortOrder").asInt(), "enabled", true,
                "version", study.get("version").asLong()));
        assertThat(changed.json().get("synonyms").asString()).as(changed.toString()).isEqualTo("理论学习、中心组学习");
        var added = admin.importFile("/api/activities/import", "活动.csv", csv("工会编号,类别,日期,主题,参加人数\n"
                + district + ",中心组学习,2026-10-03,学习二十大精神,12\n"));
        assertThat(added.json().get("status").asString()).as(added.toString()).isEqualTo("DONE");
        assertThat(admin.get("/api/activities?under=" + district + "&kind=STUDY").json().get("total").asLong()).isEqualTo(1);
    }
}
