package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

class OrgImportExportApiTest extends ApiTestBase {

    @Test
    void theTemplateHasChineseHeadersMarkedRequiredAndInstructions() throws IOException {
        var r = admin().get("/api/orgs/import/template");
        assertThat(r.status()).isEqualTo(200);
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(r.bytes()))) {
            List<String> headers = new ArrayList<>();
            wb.getFirstSheet().openStream().findFirst().orElseThrow().forEach(c -> headers.add(c.getText()));
            assertThat(headers).contains("*工会名称", "*组织类型", "上级工会名称", "统一社会信用代码");
            assertThat(wb.getSheets().map(s -> s.getName()).toList()).contains("填写说明");
        }
    }

    @Test
    void allOrNothingWritesNothingWhenOneRowIsBadAndReportsEveryReason() throws IOException {
        Http admin = admin();
        long district = district(admin, unique("导入区"));
        String good = unique("好工会");
        byte[] xlsx = workbook(List.of(
                List.of("工会名称", "上级工会编号", "上级工会名称", "组织类型", "基层工会类型", "统一社会信用代码", "成立日期"),
                List.of(good, String.valueOf(district), "", "基层工会", "企业工会", "", "2021-06-01"),
                List.of("", String.valueOf(district), "", "星球工会", "", "91350100M000100Y44", "2021-13-01")));
        var r = admin.importFile("/api/orgs/import?mode=ALL_OR_NOTHING", "orgs.xlsx", xlsx);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode result = r.json();
        assertThat(result.get("written").asBoolean()).isFalse();
        assertThat(result.get("failed").asInt()).isEqualTo(1);
        JsonNode error = result.get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("messages").valueStream().map(JsonNode::asString))
                .anyMatch(m -> m.contains("工会名称不能为空"))
                .anyMatch(m -> m.contains("组织类型“星球工会”"))
                .anyMatch(m -> m.contains("校验位错误"))
                .anyMatch(m -> m.contains("不是有效日期"));
        assertThat(admin.get("/api/orgs?under=" + district).json().get("total").asLong()).isEqualTo(1);

        var errors = admin.get("/api/imports/errors/" + result.get("errorFile").asString());
        assertThat(errors.status()).isEqualTo(200);
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(errors.bytes()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(rows.get(1).getCellCount() - 1)).startsWith("第3行：");
        }
        assertThat(new Http(port).get("/api/imports/errors/" + result.get("errorFile").asString()).status()).isEqualTo(401);
    }

    @Test
    void validOnlyWritesTheGoodRowsAndReimportingChangesNothing() {
        Http admin = admin();
        long district = district(admin, unique("导入区"));
        String town = unique("街道");
        String company = unique("公司");
        String csv = "工会名称,上级工会编号,上级工会名称,组织类型,基层工会类型,工会主席\n"
                + town + "," + district + ",,镇（街道）总工会,,王五\n"
                + company + ",," + town + ",基层工会,企业工会,赵六\n"
                + "坏行,," + unique("不存在") + ",基层工会,企业工会,\n";
        var first = admin.importFile("/api/orgs/import?mode=VALID_ONLY", "orgs.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(first.json().get("created").asInt()).as(first.toString()).isEqualTo(2);
        assertThat(first.json().get("failed").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/orgs?under=" + district).json().get("total").asLong()).isEqualTo(3);
        java.time.LocalDate today = java.time.LocalDate.now();
        assertThat(MemberApiTest.value(admin.get("/api/figures?under=" + district + "&on=" + today + "&from=" + today.withDayOfYear(1)
                + "&to=" + today + "&keys=org.grassroots").json(), "org.grassroots")).as("the imported union is counted").isEqualTo(1);

        String goodOnly = csv.substring(0, csv.lastIndexOf("坏行"));
        var again = admin.importFile("/api/orgs/import?mode=ALL_OR_NOTHING", "orgs.csv", goodOnly.getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("unchanged").asInt()).as(again.toString()).isEqualTo(2);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(admin.get("/api/orgs?under=" + district).json().get("total").asLong()).isEqualTo(3);
    }

    private static JsonNode waitFor(Http http, String jobId, String status) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode job = http.get("/api/imports/jobs/" + jobId).json();
            if (job.get("status").asString().equals(status)) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + jobId + " never reached " + status);
    }

    @Test
    void aJobPreviewsWhatItWouldDoAndWritesOnlyWhenConfirmed() throws Exception {
        Http admin = admin();
        long district = district(admin, unique("预览区"));
        String csv = "工会名称,上级工会编号,组织类型\n" + unique("甲街道") + "," + district + ",镇（街道）总工会\n"
                + unique("乙街道") + "," + district + ",镇（街道）总工会\n";
        var started = admin.upload("/api/orgs/import", "orgs.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String id = started.json().get("id").asString();
        JsonNode ready = waitFor(admin, id, "READY");
        assertThat(ready.get("created").asInt()).isEqualTo(2);
        assertThat(ready.get("written").asBoolean()).isFalse();
        assertThat(ready.get("message").asString()).contains("将新增2行");
        assertThat(admin.get("/api/orgs?under=" + district).json().get("total").asLong()).as("nothing written yet").isEqualTo(1);

        assertThat(admin.post("/api/imports/jobs/" + id + "/commit", Map.of()).status()).isEqualTo(200);
        JsonNode done = waitFor(admin, id, "DONE");
        assertThat(done.get("written").asBoolean()).isTrue();
        assertThat(done.get("created").asInt()).isEqualTo(2);
        assertThat(admin.get("/api/orgs?under=" + district).json().get("total").asLong()).isEqualTo(3);
        assertThat(admin.post("/api/imports/jobs/" + id + "/commit", Map.of()).status()).isEqualTo(409);
        assertThat(admin.get("/api/imports/jobs").json().get(0).get("id").asString()).isEqualTo(id);

        String another = "工会名称,上级工会编号,组织类型\n" + unique("丙街道") + "," + district + ",镇（街道）总工会\n";
        String second = admin.upload("/api/orgs/import", "orgs.csv", another.getBytes(StandardCharsets.UTF_8)).json().get("id").asString();
        waitFor(admin, second, "READY");
        assertThat(admin.post("/api/imports/jobs/" + second + "/cancel", Map.of()).json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(admin.post("/api/imports/jobs/" + second + "/commit", Map.of()).status()).isEqualTo(409);
        assertThat(admin.get("/api/orgs?under=" + district).json().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void theTemplatesExampleRowIsNeverImported() throws Exception {
        Http admin = admin();
        byte[] template = admin.get("/api/orgs/import/template").bytes();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(2);
        }
        var r = admin.importFile("/api/orgs/import", "template.xlsx", template);
        assertThat(r.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(r.json().get("message").asString()).contains("没有数据行");
    }

    @Test
    void readsGbkCsvAsExcelSavesIt() {
        Http admin = admin();
        long district = district(admin, unique("GBK区"));
        String name = unique("国标编码工会");
        String csv = "工会名称,上级工会编号,组织类型\r\n" + name + "," + district + ",镇（街道）总工会\r\n";
        var r = admin.importFile("/api/orgs/import", "orgs.csv", csv.getBytes(Charset.forName("GBK")));
        assertThat(r.json().get("created").asInt()).as(r.toString()).isEqualTo(1);
        assertThat(admin.get("/api/orgs?q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).json()
                .get("total").asLong()).isEqualTo(1);
    }

    @Test
    void refusesFilesThatAreNotSpreadsheets() {
        Http admin = admin();
        var renamed = admin.importFile("/api/orgs/import", "orgs.xlsx", "%PDF-1.4 not a workbook".getBytes(StandardCharsets.UTF_8));
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.json().get("detail").asString()).contains("不是 .xlsx 或 .csv");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        var encrypted = admin.importFile("/api/orgs/import", "orgs.xlsx", ole2);
        assertThat(encrypted.json().get("detail").asString()).contains("已加密");
        var headerless = admin.importFile("/api/orgs/import", "orgs.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(headerless.status()).as("refused at once, before any job").isEqualTo(400);
        assertThat(headerless.json().get("detail").asString()).contains("缺少必填列");
    }

    @Test
    void refusesZipBombsAndOversizedFilesAndStaysResponsive() throws IOException {
        Http admin = admin();
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bytes.size()).as("100 MB packed into a small file").isLessThan(1024 * 1024);
        var bomb = admin.importFile("/api/orgs/import", "bomb.xlsx", bytes.toByteArray());
        assertThat(bomb.status()).isEqualTo(400);
        assertThat(bomb.json().get("detail").asString()).contains("已拒绝");

        var huge = admin.importFile("/api/orgs/import", "huge.csv", new byte[51 * 1024 * 1024]);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().get("detail").asString()).contains("超过允许的大小（50MB）");
        assertThat(admin.get("/api/orgs/1").status()).as("the server still answers").isEqualTo(200);
    }

    @Test
    void exportsTheFilteredSubtreeWithFormulasEscaped() throws IOException {
        Http admin = admin();
        long district = district(admin, unique("导出区"));
        var r = admin.post("/api/orgs", java.util.Map.of("parentId", district, "name", "=HYPERLINK(\"x\")工会",
                "orgType", "GRASSROOTS", "grassrootsKind", "ENTERPRISE"));
        assertThat(r.status()).isEqualTo(201);
        var export = admin.get("/api/orgs/export?under=" + district);
        assertThat(export.status()).isEqualTo(200);
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(export.bytes()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("工会名称");
            assertThat(rows.get(2).getCellText(1)).isEqualTo("'=HYPERLINK(\"x\")工会");
            assertThat(rows.get(2).getCellText(5)).isEqualTo("基层工会");
        }
        JsonNode audit = admin.get("/api/audit?action=EXPORT&entity=UnionOrg&size=200").json();
        assertThat(audit.get("items").valueStream().map(e -> e.get("changes").asString()))
                .anyMatch(c -> c.contains("\"under\":" + district));
    }

    static byte[] workbook(List<List<String>> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("工会组织");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    ws.value(r, c, rows.get(r).get(c));
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }
}
