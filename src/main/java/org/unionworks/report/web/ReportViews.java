package org.unionworks.report.web;

import java.util.List;
import java.util.Map;

/** What the report endpoints answer. */
public final class ReportViews {

    private ReportViews() {
    }

    /** The report templates (id 0 is the built-in one), whether PDF can be made here, and the placeholders a template may use. */
    public record Templates(List<Template> templates, boolean pdf, List<String> placeholders) {
    }

    public record Template(long id, String name, String uploadedBy) {
    }

    public record Uploaded(long id, String name) {
    }

    /** The generated report, paragraph by paragraph, for the screen. */
    public record Preview(List<String> paragraphs) {
    }

    /** One month of the home page's trend: figure values by figure key, as /api/reports/tables gives its rows. */
    public record TrendPoint(String month, Map<String, Number> values) {
    }
}
