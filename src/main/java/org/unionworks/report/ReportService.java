package org.unionworks.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;
import org.unionworks.platform.access.CurrentUser;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.files.FileStore;
import org.unionworks.platform.files.WordTemplates;

/** Fills a template (the default one or an uploaded one) with the figures of a subtree, a date and a period. */
@Service
class ReportService {

    record Template(long id, String name, String uploadedBy) {
    }

    private final Figures figures;
    private final BreakdownPlaceholders parts;
    private final DefaultTemplate defaultTemplate;
    private final FileStore files;
    private final OrgTree orgTree;
    private final JdbcClient jdbc;

    private final org.unionworks.platform.access.SqlScopes sqlScopes;

    ReportService(Figures figures, DefaultTemplate defaultTemplate, FileStore files, OrgTree orgTree, JdbcClient jdbc, org.unionworks.platform.access.SqlScopes sqlScopes) {
        this.sqlScopes = sqlScopes;
        this.figures = figures;
        this.parts = new BreakdownPlaceholders(figures);
        this.defaultTemplate = defaultTemplate;
        this.files = files;
        this.orgTree = orgTree;
        this.jdbc = jdbc;
    }

    /** The names a template may use (parts of figures besides: 帮扶资金[金秋助学]). */
    Set<String> known() {
        Set<String> known = new HashSet<>(Placeholders.PARAMETERS);
        figures.catalogue().forEach(i -> {
            known.add(i.name());
            known.add(i.key());
        });
        return known;
    }

    /** What the placeholder list shows: the names and the parts with a fixed list of values. */
    List<String> listed() {
        List<String> listed = new java.util.ArrayList<>(known().stream().sorted().toList());
        listed.addAll(parts.listed());
        return listed;
    }

    /** {@code frozen}: figures an approved annual statistical return froze for exactly this period take their frozen values. */
    byte[] generate(Long templateId, long unionId, LocalDate on, LocalDate from, LocalDate to, boolean frozen) {
        try (XWPFDocument doc = open(templateId); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Set<String> used = WordTemplates.placeholders(doc);
            requireKnown(used);
            Map<String, String> values = new java.util.HashMap<>(values(used, unionId, on, from, to, frozen));
            values.putAll(parts.values(used, unionId, on, from, to));
            var optional = EmptySections.optional(doc);
            WordTemplates.fill(doc, values);
            EmptySections.tidy(doc, optional);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The filled report as paragraphs of text, for the on-screen preview. */
    List<String> preview(Long templateId, long unionId, LocalDate on, LocalDate from, LocalDate to, boolean frozen) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(generate(templateId, unionId, on, from, to, frozen)))) {
            return WordTemplates.paragraphs(doc).stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] defaultTemplate() {
        return defaultTemplate.build();
    }

    /** Stores an uploaded template after checking every placeholder it uses; unknown ones are refused by name. */
    Template upload(String name, MultipartFile upload) {
        try (InputStream in = upload.getInputStream(); XWPFDocument doc = new XWPFDocument(in)) {
            Set<String> used = WordTemplates.placeholders(doc);
            if (used.isEmpty()) {
                throw new InvalidInputException("file", "模板中没有任何{{占位符}}");
            }
            requireKnown(used);
            requirePaired(doc);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException iie) {
                throw iie;
            }
            throw new InvalidInputException("file", "无法读取模板：请上传 .docx 格式的 Word 文档");
        }
        FileStore.StoredFile stored = files.store(upload);
        CurrentUser user = CurrentUsers.require();
        jdbc.sql("""
                insert into report_template (union_id, name, file_id, uploaded_by, created_at)
                values (:u, :n, :f, :by, :now)""").param("u", user.unionId()).param("n", name).param("f", stored.id())
                .param("by", user.username()).param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
        return templates().get(0);
    }

    /** Templates uploaded by the caller's union or any union above it (they are shared downwards). */
    List<Template> templates() {
        var shared = sqlScopes.aboveMe("t.union_id");
        return shared.bind(jdbc.sql("select t.id, t.name, t.uploaded_by from report_template t where " + shared.sql()
                        + " order by t.id desc"))
                .query((rs, n) -> new Template(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private XWPFDocument open(Long templateId) throws IOException {
        if (templateId == null) {
            return new XWPFDocument(new ByteArrayInputStream(defaultTemplate.build()));
        }
        templates().stream().filter(t -> t.id() == templateId).findFirst()
                .orElseThrow(() -> new NotFoundException("报告模板"));
        String fileId = jdbc.sql("select file_id from report_template where id = :id").param("id", templateId)
                .query(String.class).single();
        return new XWPFDocument(new ByteArrayInputStream(files.readShared(fileId)));
    }

    private void requireKnown(Set<String> used) {
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(known());
        unknown.removeIf(p -> parts.resolve(p).isPresent());
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("file", "模板中有无法识别的占位符：{{" + String.join("}}、{{", unknown)
                    + "}}。请使用统计指标的中文名称、指标的一部分（如“帮扶资金[金秋助学]”）或参数（工会名称、统计日、期间开始、期间结束、年度）");
        }
    }

    private static void requirePaired(XWPFDocument doc) {
        List<String> unpaired = WordTemplates.unpairedClauses(doc);
        if (!unpaired.isEmpty()) {
            throw new InvalidInputException("file", "模板中的 [[ 与 ]] 不成对：「" + String.join("」「", unpaired)
                    + "」。可省略的文字写在 [[ 与 ]] 之间，嵌套时每个 [[ 都要有与之对应的 ]]");
        }
    }

    /** The parameters and the figures the template names, so that 数据说明 speaks only of figures the report says. */
    private Map<String, String> values(Set<String> used, long unionId, LocalDate on, LocalDate from, LocalDate to, boolean frozen) {
        List<String> keys = figures.catalogue().stream().filter(i -> used.contains(i.name()) || used.contains(i.key()))
                .map(Indicator::key).toList();
        var computed = keys.isEmpty() ? List.<Figures.Value>of()
                : frozen ? figures.computeFrozen(unionId, on, from, to, keys) : figures.compute(unionId, on, from, to, keys);
        return Placeholders.values(computed, orgTree.nameOf(unionId).orElse(""), on, from, to);
    }
}
