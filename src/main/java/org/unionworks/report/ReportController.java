package org.unionworks.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.Downloads;
import org.unionworks.report.web.ReportViews;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The work report: generated as .docx (and .pdf where LibreOffice is installed) or previewed on
 * screen, for {@code under} (default: the caller's union), the stock date {@code on} and the
 * period {@code from}–{@code to} (default: this year to date).
 */
@RestController
class ReportController {

    private static final String DOCX = Downloads.DOCX;

    private final ReportService service;
    private final PdfConverter pdf;
    private final AuditService audit;

    ReportController(ReportService service, PdfConverter pdf, AuditService audit) {
        this.service = service;
        this.pdf = pdf;
        this.audit = audit;
    }

    private record Params(long unionId, LocalDate on, LocalDate from, LocalDate to) {
    }

    private static Params params(Long under, LocalDate on, LocalDate from, LocalDate to) {
        LocalDate date = on == null ? LocalDate.now() : on;
        LocalDate end = to == null ? date : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        return new Params(under == null ? CurrentUsers.require().unionId() : under, date, start, end);
    }

    @GetMapping("/api/reports/templates")
    @PreAuthorize("hasAuthority('report:read')")
    ReportViews.Templates templates() {
        List<ReportViews.Template> list = new ArrayList<>();
        list.add(new ReportViews.Template(0, "默认模板（年度工作总结）", "系统"));
        service.templates().forEach(t -> list.add(new ReportViews.Template(t.id(), t.name(), String.valueOf(t.uploadedBy()))));
        return new ReportViews.Templates(list, pdf.available(), service.listed());
    }

    @GetMapping("/api/reports/templates/default")
    @PreAuthorize("hasAuthority('report:read')")
    void defaultTemplate(HttpServletResponse response) throws IOException {
        send(response, DOCX, "工作总结默认模板.docx", service.defaultTemplate());
    }

    @PostMapping("/api/reports/templates")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('report:template')")
    ReportViews.Uploaded upload(@RequestParam String name, @RequestPart("file") MultipartFile file) {
        String clean = Texts.blankToNull(name);
        if (clean == null || clean.length() > 100) {
            throw new InvalidInputException("name", "请填写模板名称（不超过100个字符）");
        }
        var t = service.upload(Texts.clean(clean), file);
        return new ReportViews.Uploaded(t.id(), t.name());
    }

    @GetMapping("/api/reports/work-report")
    @PreAuthorize("hasAuthority('report:read')")
    void generate(@RequestParam(required = false) Long templateId, @RequestParam(required = false) Long under,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "docx") String format, @RequestParam(defaultValue = "false") boolean frozen,
                  HttpServletResponse response)
            throws IOException, InterruptedException {
        Params p = params(under, on, from, to);
        byte[] docx = service.generate(template(templateId), p.unionId(), p.on(), p.from(), p.to(), frozen);
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("under", p.unionId());
        what.put("on", p.on().toString());
        what.put("from", p.from().toString());
        what.put("to", p.to().toString());
        what.put("format", format);
        what.put("frozen", frozen);
        audit.record(AuditAction.EXPORT, "WorkReport", null, "生成工作总结", what);
        if (format.equals("pdf")) {
            if (!pdf.available()) {
                throw new InvalidInputException("format", "本机未安装 LibreOffice，无法生成 PDF，请下载 Word 版");
            }
            send(response, "application/pdf", "工作总结.pdf", pdf.convert(docx));
        } else {
            send(response, DOCX, "工作总结.docx", docx);
        }
    }

    @GetMapping("/api/reports/work-report/preview")
    @PreAuthorize("hasAuthority('report:read')")
    ReportViews.Preview preview(@RequestParam(required = false) Long templateId, @RequestParam(required = false) Long under,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(defaultValue = "false") boolean frozen) {
        Params p = params(under, on, from, to);
        return new ReportViews.Preview(service.preview(template(templateId), p.unionId(), p.on(), p.from(), p.to(), frozen));
    }

    private static Long template(Long id) {
        return id == null || id == 0 ? null : id;
    }

    private static void send(HttpServletResponse response, String type, String filename, byte[] content) throws IOException {
        Downloads.attachment(response, type, filename).write(content);
    }
}
