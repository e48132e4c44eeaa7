package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

/**
 * What an attacker sends to break the service rather than to read foreign rows: oversized bodies,
 * falsified archives, control characters, injected sort keys, absurd numbers and dates. Each is
 * refused with a 4xx and a Chinese message, and the service keeps answering.
 */
class HostileInputApiTest extends ApiTestBase {

    private static byte[] hugeLogin(int megabytes) {
        byte[] filler = new byte[megabytes * 1024 * 1024];
        Arrays.fill(filler, (byte) 'a');
        String head = "{\"username\":\"admin\",\"password\":\"";
        String tail = "\"}";
        byte[] body = new byte[head.length() + filler.length + tail.length()];
        System.arraycopy(head.getBytes(StandardCharsets.UTF_8), 0, body, 0, head.length());
        System.arraycopy(filler, 0, body, head.length(), filler.length);
        System.arraycopy(tail.getBytes(StandardCharsets.UTF_8), 0, body, head.length() + filler.length, tail.length());
        return body;
    }

    @Test
    void oversizedJsonBodiesAreRefusedBeforeTheyAreRead() {
        Http anonymous = new Http(port);
        var declared = anonymous.postRaw("/api/auth/login", hugeLogin(20), true);
        assertThat(declared.status()).as(declared.toString()).isEqualTo(413);
        assertThat(declared.text()).contains("提交的内容过大");
        var chunked = new Http(port).postRaw("/api/auth/login", hugeLogin(3), false);
        assertThat(chunked.status()).as(chunked.toString()).isEqualTo(413);
        assertThat(admin().get("/api/auth/me").status()).as("still answering").isEqualTo(200);
    }

    /**
     * A workbook whose sheet holds one 150 MB cell but whose archive declares it at 1 KB: it must be
     * refused by what it really inflates to, and the imports after it must still run.
     */
    @Test
    void aZipBombWithFalsifiedSizesIsRefusedAndImportsGoOn() throws Exception {
        Http admin = admin();
        long district = district(admin, unique("炸弹区"));
        long union = createOrg(admin, district, unique("炸弹工会"), "GRASSROOTS", "ENTERPRISE");
        Http grassroots = userAt(admin, union, "GRASSROOTS_ADMIN", unique("bomb"));
        byte[] bomb = falsifiedBomb(150);
        assertThat(bomb.length).as("a small upload").isLessThan(1024 * 1024);
        long kept = uploadsKept();
        for (int i = 0; i < 2; i++) {
            var r = grassroots.upload("/api/members/import", "会员.xlsx", bomb);
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.text()).contains("已拒绝");
        }
        assertThat(uploadsKept()).as("refused uploads are not kept").isEqualTo(kept);
        String csv = "姓名,身份证号,所属工会编号,入会时间\n甲," + org.unionworks.support.People.idNumber() + "," + union + ",2021-01-01\n";
        var after = grassroots.importFile("/api/members/import", "m.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(after.json().get("status").asString()).as(after.toString()).isEqualTo("DONE");
    }

    private static long uploadsKept() throws java.io.IOException {
        var dir = java.nio.file.Path.of("target/test-files/import-uploads");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = java.nio.file.Files.list(dir)) {
            return files.count();
        }
    }

    /** An .xlsx whose only sheet holds one cell of {@code megabytes} MB, declared in the archive as 1 KB. */
    static byte[] falsifiedBomb(int megabytes) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.setLevel(9);
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            put(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
                    <sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            put(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) 'A');
            for (int i = 0; i < megabytes; i++) {
                zip.write(chunk);
            }
            zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] bytes = out.toByteArray();
        falsifyDeclaredSize(bytes, "xl/worksheets/sheet1.xml", 1024);
        return bytes;
    }

    private static void put(java.util.zip.ZipOutputStream zip, String name, String text) throws java.io.IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Overwrites the uncompressed size the central directory and the data descriptor declare for one entry. */
    private static void falsifyDeclaredSize(byte[] zip, String name, int size) {
        var buf = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (buf.getInt(i) == 0x02014b50) {
                int nameLength = buf.getShort(i + 28) & 0xffff;
                String entry = new String(zip, i + 46, nameLength, StandardCharsets.UTF_8);
                if (entry.equals(name)) {
                    int compressed = buf.getInt(i + 20);
                    int local = buf.getInt(i + 42);
                    int localData = local + 30 + (buf.getShort(local + 26) & 0xffff) + (buf.getShort(local + 28) & 0xffff);
                    buf.putInt(i + 24, size);
                    buf.putInt(localData + compressed + 12, size);
                }
            }
        }
    }

    /** Parameters and bodies that used to reach a stack trace answer 400 naming the field. */
    @Test
    void malformedParametersAnswer400NotAStackTrace() {
        Http admin = admin();
        long district = district(admin, unique("参数区"));
        for (String path : List.of("/api/members?sort=name;x", "/api/members?sort=idNumber", "/api/members?sort=phone",
                "/api/users?sort=passwordHash", "/api/hardship-files?sort=bankAccount", "/api/allowances?month=x",
                "/api/figures?on=0001-13-01", "/api/honorees?sort=idNumber,desc")) {
            var r = admin.get(path);
            assertThat(r.status()).as(path + " → " + r).isEqualTo(400);
            assertThat(r.json().get("detail").asString()).as(path).matches(".*\\p{IsHan}.*");
        }
        var hugeAmount = admin.postRaw("/api/major-matters", ("{\"unionId\":" + district
                + ",\"matter\":\"大额\",\"matterType\":\"LARGE_SUM\",\"amount\":1e999999999}").getBytes(StandardCharsets.UTF_8), true);
        assertThat(hugeAmount.status()).as(hugeAmount.toString()).isEqualTo(400);
        var nulName = admin.upload("/api/files", "证明\u0000.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        assertThat(nulName.status()).as(nulName.toString()).isEqualTo(400);
    }

    /** One row naming an employer's union outside the importer's subtree is that row's error, not the file's. */
    @Test
    void aForeignUnionInOneImportRowIsThatRowsError() {
        Http admin = admin();
        long own = district(admin, unique("本区"));
        long foreign = district(admin, unique("他区"));
        Http districtAdmin = userAt(admin, own, "DISTRICT_ADMIN", unique("imp"));
        String foreignCode = creditCode();
        var registered = admin.post("/api/employers", EmployerApiTest.employer(foreign, unique("他区已登记"), foreignCode, 40));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String csv = "单位名称,统一社会信用代码,管辖工会编号,职工人数\n"
                + unique("本区单位") + "," + creditCode() + "," + own + ",30\n"
                + unique("他区单位") + "," + creditCode() + "," + foreign + ",30\n"
                + unique("冒用代码") + "," + foreignCode + "," + own + ",30\n";
        var job = districtAdmin.importFile("/api/employers/import?mode=VALID_ONLY", "e.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(job.json().get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.json().get("created").asInt()).isEqualTo(1);
        assertThat(job.json().get("failed").asInt()).isEqualTo(2);
    }

    /** Names of nothing but invisible characters are blank; invisible characters inside a name are dropped; absurd dates refused. */
    @Test
    void controlCharactersAndAbsurdDatesAreRefusedOrDropped() {
        Http admin = admin();
        long district = district(admin, unique("字符区"));
        var invisibleOnly = admin.post("/api/orgs", Map.of("parentId", district, "name", "\u200B\u202E\u0000",
                "orgType", "GRASSROOTS", "grassrootsKind", "ENTERPRISE"));
        assertThat(invisibleOnly.status()).as(invisibleOnly.toString()).isEqualTo(400);
        String name = unique("正常工会");
        var reversed = admin.post("/api/orgs", Map.of("parentId", district, "name", "\u202E" + name + "\u0000",
                "orgType", "GRASSROOTS", "grassrootsKind", "ENTERPRISE"));
        assertThat(reversed.status()).as(reversed.toString()).isEqualTo(201);
        assertThat(reversed.json().get("name").asString()).isEqualTo(name);

        var ancient = admin.post("/api/rectifications", Map.of("unionId", district, "source", "AUDIT", "category", "ASSETS",
                "description", "台账不全", "ownerPerson", "王会计", "foundOn", "0001-01-01", "deadline", "2027-01-01"));
        assertThat(ancient.status()).as(ancient.toString()).isEqualTo(400);
        assertThat(ancient.text()).contains("foundOn").contains("超出合理范围");
        var endless = admin.post("/api/rectifications", Map.of("unionId", district, "source", "AUDIT", "category", "ASSETS",
                "description", "台账不全", "ownerPerson", "王会计", "foundOn", "2026-01-01", "deadline", "9999-12-31"));
        assertThat(endless.status()).as(endless.toString()).isEqualTo(400);
        assertThat(endless.text()).contains("deadline");
    }
}
