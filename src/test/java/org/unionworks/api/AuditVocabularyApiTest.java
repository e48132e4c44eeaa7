package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionworks.platform.audit.AuditVocabulary;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import jakarta.persistence.EntityManagerFactory;
import tools.jackson.databind.JsonNode;

/** The audit log reads in Chinese: every object and recorded field has a name, coded values their labels. */
class AuditVocabularyApiTest extends ApiTestBase {

    @Autowired
    EntityManagerFactory entities;

    @Autowired
    AuditVocabulary vocabulary;

    @Test
    void everyEntityAndEveryFieldItRecordsHasAChineseName() {
        List<String> missing = new ArrayList<>();
        entities.getMetamodel().getEntities().forEach(type -> {
            String entity = type.getJavaType().getSimpleName();
            if (vocabulary.entity(entity).isEmpty()) {
                missing.add(entity);
            }
            type.getAttributes().forEach(a -> {
                if (vocabulary.field(entity, a.getName()).isEmpty()) {
                    missing.add(entity + "." + a.getName());
                }
            });
        });
        assertThat(missing).as("objects and fields the audit log would show in English").isEmpty();
    }

    @Test
    void aChangeShowsTheObjectTheFieldAndTheValuesByTheirNames() {
        Http admin = admin();
        long district = district(admin, unique("日志区"));
        long union = createOrg(admin, district, unique("日志厂工会"), "GRASSROOTS", "ENTERPRISE");
        admin.post("/api/living-standards", Map.of("divisionCode", "440305", "monthlyAmount", 1000, "effectiveFrom", "2020-01-01"));
        Map<String, Object> file = new HashMap<>(org.unionworks.support.Forms.hardshipFile(union, "440305"));
        file.put("idNumber", People.idNumber());
        file.put("monthlyIncome", 2400);
        file.put("monthsBelowStandard", 6);
        var created = admin.post("/api/hardship-files", file);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        file.put("category", "DEEP");
        file.put("version", created.json().get("version").asLong());
        assertThat(admin.put("/api/hardship-files/" + id, file).status()).isEqualTo(200);

        JsonNode entries = admin.get("/api/audit?entity=HardshipFile&entityId=" + id).json().get("items");
        JsonNode update = entries.valueStream().filter(e -> e.get("action").asString().equals("UPDATE")).findFirst().orElseThrow();
        assertThat(update.get("entityLabel").asString()).isEqualTo("困难职工档案");
        JsonNode category = update.get("changeItems").valueStream().filter(c -> c.get("field").asString().equals("category"))
                .findFirst().orElseThrow();
        assertThat(category.get("label").asString()).isEqualTo("困难类别");
        assertThat(category.get("before").asString()).isEqualTo("相对困难");
        assertThat(category.get("after").asString()).isEqualTo("深度困难");
        assertThat(update.get("changes").asString()).as("the record as written stays").contains("\"category\"");
        assertThat(update.get("clientIp").asString()).isEqualTo("本机");
        assertThat(admin.get("/api/audit/entities").json().valueStream().map(e -> e.get("label").asString()))
                .contains("困难职工档案", "会员", "维权案件", "工会组织", "访问");
    }
}
