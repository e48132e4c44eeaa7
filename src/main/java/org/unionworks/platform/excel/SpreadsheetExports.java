package org.unionworks.platform.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;

import jakarta.servlet.http.HttpServletResponse;

/** Streams any list to .xlsx: rows are written and flushed as they come, text cells are escaped. */
@Service
public class SpreadsheetExports {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AuditService audit;

    SpreadsheetExports(AuditService audit) {
        this.audit = audit;
    }

    /** Sets the download headers of an .xlsx response. */
    public static OutputStream download(HttpServletResponse response, String filename) throws IOException {
        return org.unionworks.platform.web.Downloads.attachment(response, XLSX, filename);
    }

    /** The filters of an export as the audit log records them: name, value, name, value …; empty ones left out. */
    public static Map<String, Object> filters(Object... namesAndValues) {
        Map<String, Object> filters = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                filters.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return filters;
    }

    /**
     * One sheet of an export: its name, an optional caption above the header row (the period a table
     * covers, say), the header row, and the rows with the cells of each.
     */
    public record Sheet<T>(String title, String caption, List<String> headers, Iterator<T> rows, Function<T, List<?>> cells) {
        public static <T> Sheet<T> of(String title, List<String> headers, Iterator<T> rows, Function<T, List<?>> cells) {
            return new Sheet<>(title, null, headers, rows, cells);
        }

        public Sheet<T> withCaption(String caption) {
            return new Sheet<>(title, caption, headers, rows, cells);
        }
    }

    /** Writes the rows and records the export (with its filters) in the audit log; returns the row count. */
    public <T> int write(OutputStream out, String entity, String title, List<String> headers, Iterator<T> rows,
                         Function<T, List<?>> cells, Map<String, ?> filters) throws IOException {
        return write(out, entity, title, List.of(Sheet.of(title, headers, rows, cells)), filters);
    }

    /**
     * Writes a workbook of several sheets (text cells escaped so that no cell is taken for a formula) and
     * records the export (with its filters) in the audit log; returns the row count of all sheets.
     */
    public int write(OutputStream out, String entity, String title, List<Sheet<?>> sheets, Map<String, ?> filters) throws IOException {
        Workbook wb = new Workbook(out, "UnionWorks", "1.0");
        int count = 0;
        for (Sheet<?> sheet : sheets) {
            count += write(wb.newWorksheet(sheet.title()), sheet);
        }
        wb.finish();
        audit.record(AuditAction.EXPORT, entity, null, "导出" + title + " " + count + " 行", filters);
        return count;
    }

    private static <T> int write(Worksheet ws, Sheet<T> sheet) throws IOException {
        int top = 0;
        if (sheet.caption() != null) {
            ws.value(0, 0, Cells.escape(sheet.caption()));
            top = 1;
        }
        List<String> headers = sheet.headers();
        for (int c = 0; c < headers.size(); c++) {
            ws.value(top, c, headers.get(c));
            ws.style(top, c).bold().fillColor("DDEBF7").wrapText(true).set();
            ws.width(c, Math.max(12, Math.min(headers.get(c).length() * 3 + 4, 30)));
        }
        ws.freezePane(0, top + 1);
        int r = 0;
        while (sheet.rows().hasNext()) {
            r++;
            List<?> values = sheet.cells().apply(sheet.rows().next());
            for (int c = 0; c < values.size(); c++) {
                put(ws, top + r, c, values.get(c));
            }
            if (r % 1000 == 0) {
                ws.flush();
            }
        }
        return r;
    }

    private static void put(Worksheet ws, int r, int c, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof BigDecimal bd && bd.precision() > 15) {
            ws.value(r, c, bd.toPlainString());
        } else if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else if (v instanceof OffsetDateTime t) {
            ws.value(r, c, t.toLocalDateTime().withNano(0).toString().replace('T', ' '));
        } else if (v instanceof Boolean b) {
            ws.value(r, c, b ? "是" : "否");
        } else {
            ws.value(r, c, Cells.escape(v.toString()));
        }
    }
}
