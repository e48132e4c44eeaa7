package org.unionworks.platform.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.InvalidInputException;

/** Runs imports for every importable type and writes their templates. */
@Service
public class SpreadsheetImports {

    static final int MAX_LISTED_ERRORS = 200;

    private record Parsed<T>(int row, T value) {
    }

    private final Dictionaries dictionaries;
    private final ErrorWorkbooks errorWorkbooks;
    private final TransactionTemplate transactions;
    private final AuditService audit;
    private final int maxRows;

    SpreadsheetImports(Dictionaries dictionaries, ErrorWorkbooks errorWorkbooks, TransactionTemplate transactions,
                       AuditService audit, @Value("${unionworks.import.max-rows:1000000}") int maxRows) {
        this.dictionaries = dictionaries;
        this.errorWorkbooks = errorWorkbooks;
        this.transactions = transactions;
        this.audit = audit;
        this.maxRows = maxRows;
    }

    public <T> ImportResult run(ImportDefinition<T> definition, MultipartFile upload, ImportMode mode) {
        if (upload == null || upload.isEmpty()) {
            throw new InvalidInputException("file", "请选择要导入的文件");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("uw-import-", ".upload");
            upload.transferTo(temp);
            return run(definition, temp, upload.getOriginalFilename(), mode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temp directory is cleaned by the system
                }
            }
        }
    }

    <T> ImportResult run(ImportDefinition<T> definition, Path file, String filename, ImportMode mode)
            throws IOException {
        List<Column> columns = definition.columns();
        Map<String, Column> byKey = new LinkedHashMap<>();
        columns.forEach(c -> byKey.put(c.key(), c));
        List<String> headers = columns.stream().map(Column::header).toList();
        var state = new Object() {
            int[] positions;
            int total;
            int failed;
            final List<Parsed<T>> valid = new ArrayList<>();
            final List<RowError> listed = new ArrayList<>();
            final Map<Object, Integer> keys = new HashMap<>();
            final Map<String, Object> shared = new HashMap<>();
        };
        try (ErrorWorkbooks.Writer errors = errorWorkbooks.open(headers)) {
            SheetReader.read(file, filename, sheetRow -> {
                if (state.positions == null) {
                    state.positions = headerPositions(sheetRow.cells(), columns);
                    return;
                }
                Map<String, String> values = new HashMap<>();
                boolean blank = true;
                for (int i = 0; i < columns.size(); i++) {
                    int pos = state.positions[i];
                    String v = pos >= 0 && pos < sheetRow.cells().size() ? sheetRow.cells().get(pos) : null;
                    values.put(columns.get(i).key(), v);
                    blank &= v == null || v.isBlank();
                }
                if (blank) {
                    return;
                }
                if (++state.total > maxRows) {
                    throw new InvalidInputException("file", "单次导入不能超过" + maxRows + "行，请拆分文件");
                }
                ImportRow row = new ImportRow(sheetRow.number(), values, byKey, dictionaries, state.shared);
                T value = definition.parse(row);
                Object key = row.hasErrors() ? null : definition.key(value);
                if (key != null) {
                    Integer first = state.keys.putIfAbsent(key, row.number());
                    if (first != null) {
                        row.error("与第" + first + "行重复（" + key + "）");
                    }
                }
                if (row.hasErrors()) {
                    state.failed++;
                    if (state.listed.size() < MAX_LISTED_ERRORS) {
                        state.listed.add(new RowError(row.number(), List.copyOf(row.errors())));
                    }
                    try {
                        errors.add(row.number(), columns.stream().map(c -> values.get(c.key())).toList(), row.errors());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else {
                    state.valid.add(new Parsed<>(row.number(), value));
                }
            });
            if (state.positions == null) {
                throw new InvalidInputException("file", "文件是空的：第一行应为表头");
            }
            String errorToken = state.failed > 0 ? errors.save(CurrentUsers.require().id()) : null;
            if (state.failed == 0) {
                errors.discard();
            }
            return finish(definition, mode, state.total, state.failed, state.valid, state.listed, errorToken);
        }
    }

    private <T> ImportResult finish(ImportDefinition<T> definition, ImportMode mode, int total, int failed,
                                    List<Parsed<T>> valid, List<RowError> listed, String errorToken) {
        if (total == 0) {
            throw new InvalidInputException("file", "文件中没有数据行");
        }
        if (failed > 0 && mode == ImportMode.ALL_OR_NOTHING) {
            return new ImportResult(total, valid.size(), failed, false, 0, 0, 0, listed, errorToken,
                    "有" + failed + "行数据有误，按“全部成功才导入”的要求未写入任何数据");
        }
        if (valid.isEmpty()) {
            return new ImportResult(total, 0, failed, false, 0, 0, 0, listed, errorToken, "没有可导入的有效行");
        }
        ImportCounts counts = transactions.execute(tx -> {
            ImportCounts c = definition.write(valid.stream().map(Parsed::value).toList());
            audit.record(AuditAction.IMPORT, definition.entity(), null,
                    "导入" + definition.title() + "：新增" + c.created() + "，更新" + c.updated() + "，未变" + c.unchanged()
                            + "，错误" + failed,
                    Map.of("total", total, "failed", failed, "mode", mode.name()));
            return c;
        });
        return new ImportResult(total, valid.size(), failed, true, counts.created(), counts.updated(),
                counts.unchanged(), listed, errorToken,
                "导入完成：新增" + counts.created() + "行，更新" + counts.updated() + "行，未变" + counts.unchanged() + "行"
                        + (failed > 0 ? "，" + failed + "行有误未导入" : ""));
    }

    /** Where each column stands in the uploaded sheet (-1 if absent); missing required columns are refused. */
    private static int[] headerPositions(List<String> cells, List<Column> columns) {
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String h = cells.get(i);
            if (h != null) {
                found.putIfAbsent(h.replace("*", "").replace("（必填）", "").strip(), i);
            }
        }
        int[] positions = new int[columns.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Integer pos = found.get(columns.get(i).header());
            positions[i] = pos == null ? -1 : pos;
            if (pos == null && columns.get(i).required()) {
                missing.add(columns.get(i).header());
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("file", "表头缺少必填列：" + String.join("、", missing) + "。请使用下载的模板");
        }
        return positions;
    }

    /** The template: a data sheet with the headers (required ones marked *) and drop-downs, and a sheet of instructions. */
    public void template(ImportDefinition<?> definition, OutputStream out) throws IOException {
        List<Column> columns = definition.columns();
        Workbook wb = new Workbook(out, "UnionWorks", "1.0");
        Worksheet data = wb.newWorksheet(definition.title());
        Worksheet help = wb.newWorksheet("填写说明");
        Worksheet lists = wb.newWorksheet("可选值");
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            data.value(0, c, (col.required() ? "*" : "") + col.header());
            data.width(c, Math.max(14, col.header().length() * 3 + 4));
            data.style(0, c).bold().fillColor(col.required() ? "F8CBAD" : "DDEBF7").set();
            if (col.dictType() != null) {
                var entries = dictionaries.entries(col.dictType()).stream().filter(Dictionaries.Entry::enabled).toList();
                lists.value(0, c, col.header());
                for (int r = 0; r < entries.size(); r++) {
                    lists.value(r + 1, c, entries.get(r).label());
                }
                if (!entries.isEmpty()) {
                    data.range(1, c, 100_000, c).validateWithList(lists.range(1, c, entries.size(), c));
                }
            }
        }
        data.freezePane(0, 1);
        String[] helpHeaders = {"列名", "是否必填", "可选值/格式说明", "示例"};
        for (int c = 0; c < helpHeaders.length; c++) {
            help.value(0, c, helpHeaders[c]);
            help.style(0, c).bold().set();
        }
        help.width(0, 20);
        help.width(2, 50);
        help.width(3, 30);
        for (int r = 0; r < columns.size(); r++) {
            Column col = columns.get(r);
            help.value(r + 1, 0, col.header());
            help.value(r + 1, 1, col.required() ? "必填" : "选填");
            String note = col.note() != null ? col.note() : col.dictType() != null ? "从下拉列表选择（见“可选值”表）" : "";
            help.value(r + 1, 2, note);
            help.value(r + 1, 3, col.example());
        }
        help.value(columns.size() + 2, 0, "说明：在第一个工作表中从第2行起逐行填写，表头请勿修改；日期格式为 yyyy-MM-dd。");
        lists.setVisibilityState(VisibilityState.HIDDEN);
        wb.finish();
    }
}
