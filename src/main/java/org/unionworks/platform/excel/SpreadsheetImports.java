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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.platform.access.CurrentUser;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.DatabaseUnavailable;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;

import jakarta.annotation.PreDestroy;

/**
 * Runs imports for every importable type as jobs, and writes their templates. A job validates the
 * whole file first (streaming, memory flat) and previews what it would do; once the user confirms
 * it reads the file again and writes the valid rows in one transaction, so an import is either
 * entirely written or not at all, even if the server dies half-way.
 */
@Service
public class SpreadsheetImports {

    static final int MAX_LISTED_ERRORS = 200;
    /**
     * Rows checked and written together. Each chunk's statements run the tables' statement-level tally triggers once, and
     * the triggers' cost is mostly per statement: 5,000 rows a chunk took the guard's 50,000 employers in 4.1 s where
     * 1,000 took 7.3.
     */
    static final int CHUNK = 5000;
    static final int PROGRESS_EVERY = 1000;
    /**
     * The least time between two progress writes: each is a transaction of its own whose commit waits for the disk, and
     * one per thousand rows was a thousand commits in a city's import of a million members. The page polls twice a second.
     */
    private static final long PROGRESS_PAUSE_NANOS = 250_000_000L;
    private static final java.time.Duration OUTCOME_PATIENCE = java.time.Duration.ofMinutes(10);
    private static final java.time.Duration OUTCOME_RETRY = java.time.Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(SpreadsheetImports.class);

    private record Pending<T>(ImportDefinition<T> definition, Path file, String filename, ImportMode mode,
                              SecurityContext security) {

        /** A parsed row waiting in a chunk, with what the error workbook needs should the batch check fail it. */
        private record Row<T>(ImportRow row, Map<String, String> values, T value) implements ImportDefinition.Checked<T> {
            @Override
            public int rowNumber() {
                return row.number();
            }

            @Override
            public void error(String message) {
                row.error(message);
            }

            @Override
            public Map<String, Object> shared() {
                return row.shared();
            }
        }
    }

    /** The outcome of one pass over the file. */
    private static final class Scan {
        int total;
        int failed;
        int valid;
        int created;
        int updated;
        int unchanged;
        int held;
        String heldNote;
        final List<RowError> listed = new ArrayList<>();
        String errorFile;

        void add(ImportCounts c) {
            created += c.created();
            updated += c.updated();
            unchanged += c.unchanged();
            held += c.held();
        }

        ImportCounts counts() {
            return new ImportCounts(created, updated, unchanged, held);
        }

        /** The held rows as the message says them, or nothing. */
        String held() {
            return held == 0 ? "" : "（其中" + held + heldNote + "）";
        }
    }

    private final Dictionaries dictionaries;
    private final ErrorWorkbooks errorWorkbooks;
    private final ImportJobs jobs;
    private final TransactionTemplate transactions;
    private final TransactionTemplate lookups;
    private final org.unionworks.platform.data.BulkWriter bulk;
    private final AuditService audit;
    private final org.springframework.core.env.Environment environment;
    private final int maxRows;
    private final String workMem;
    private final ExecutorService workers;
    private final Map<String, Pending<?>> pending = new ConcurrentHashMap<>();

    SpreadsheetImports(Dictionaries dictionaries, ErrorWorkbooks errorWorkbooks, ImportJobs jobs,
                       TransactionTemplate transactions, AuditService audit,
                       @Value("${unionworks.import.max-rows:1000000}") int maxRows,
                       @Value("${unionworks.import.workers:2}") int workers, org.springframework.core.env.Environment environment,
                       org.unionworks.platform.data.BulkWriter bulk, @Value("${unionworks.import.work-mem:64MB}") String workMem) {
        this.workMem = workMem;
        this.bulk = bulk;
        this.lookups = new TransactionTemplate(transactions.getTransactionManager());
        this.lookups.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.lookups.setReadOnly(true);
        this.environment = environment;
        this.dictionaries = dictionaries;
        this.errorWorkbooks = errorWorkbooks;
        this.jobs = jobs;
        this.transactions = transactions;
        this.audit = audit;
        this.maxRows = maxRows;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("import-");
        threads.setDaemon(true);
        this.workers = Executors.newFixedThreadPool(workers, threads);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /**
     * Stores the upload and starts validating it; the returned job is polled by the page. With
     * {@code autoCommit} the valid rows are written as soon as validation allows it (for scripts).
     */
    public <T> ImportJobView start(ImportDefinition<T> definition, MultipartFile upload, ImportMode mode,
                                   boolean autoCommit) {
        if (upload == null || upload.isEmpty()) {
            throw new InvalidInputException("file", "请选择要导入的文件");
        }
        CurrentUser user = CurrentUsers.require();
        String filename = upload.getOriginalFilename();
        Path file;
        try {
            Files.createDirectories(errorWorkbooks.uploads());
            file = Files.createTempFile(errorWorkbooks.uploads(), "upload-", ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            upload.transferTo(file);
            List<String> header = SheetReader.firstRow(file, filename);
            if (header.isEmpty()) {
                throw new InvalidInputException("file", "文件是空的：第一行应为表头");
            }
            headerPositions(header, definition.columns());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        String id = jobs.create(user.id(), user.unionId(), definition, filename, mode);
        audit.record(AuditAction.IMPORT, definition.entity(), id, "上传待导入的" + definition.title() + "文件，等待校验和确认",
                Map.of("mode", mode.name(), "file", String.valueOf(filename)));
        Pending<T> p = new Pending<>(definition, file, filename, mode, SecurityContextHolder.getContext());
        pending.put(id, p);
        workers.execute(() -> as(p, () -> validate(id, p, autoCommit)));
        return jobs.find(id, user.id()).orElseThrow();
    }

    /** The user confirms a validated job: its valid rows are written. */
    public ImportJobView commit(String id) {
        ImportJobView job = job(id);
        if (!job.status().equals("READY")) {
            throw new ConflictException("该导入不在待确认状态（当前：" + job.status() + "）");
        }
        Pending<?> p = pending.get(id);
        if (p == null) {
            throw new ConflictException("该导入已过期，请重新上传");
        }
        jobs.status(id, "WRITING", "正在写入…");
        workers.execute(() -> as(p, () -> write(id, p)));
        return job(id);
    }

    public ImportJobView cancel(String id) {
        ImportJobView job = job(id);
        if (!job.status().equals("READY")) {
            throw new ConflictException("只能取消待确认的导入");
        }
        jobs.status(id, "CANCELLED", "已取消，未写入任何数据");
        discard(id);
        return job(id);
    }

    public ImportJobView job(String id) {
        return jobs.find(id, CurrentUsers.require().id()).orElseThrow(() -> new NotFoundException("导入任务"));
    }

    public List<ImportJobView> recent() {
        return jobs.recent(CurrentUsers.require().id(), 20);
    }

    Optional<Path> errorFile(String id) {
        return jobs.errorFile(id, CurrentUsers.require().id()).map(Path::of).filter(Files::exists);
    }

    private void as(Pending<?> p, Runnable task) {
        SecurityContextHolder.setContext(p.security());
        try {
            task.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private <T> void validate(String id, Pending<T> p, boolean autoCommit) {
        if (autoCommit) {
            writeAtOnce(id, p);
            return;
        }
        try {
            boolean fastPreview = p.definition().preview(List.of()) != null;
            Scan scan = fastPreview ? scan(id, p, true, true)
                    : inImportTransaction(tx -> {
                        tx.setRollbackOnly();
                        return scan(id, p, true, true);
                    });
            if (refused(scan, p)) {
                finishRejected(id, scan, refusal(scan, p));
            } else {
                outcome(() -> jobs.counts(id, "READY", scan.total, scan.valid, scan.failed, scan.counts(), false, scan.listed,
                        scan.errorFile, "校验完成：将新增" + scan.created + "行" + scan.held() + "，更新" + scan.updated + "行，" + scan.unchanged
                                + "行无变化" + (scan.failed > 0 ? "；" + scan.failed + "行有误将跳过" : "") + "。确认后写入"));
            }
        } catch (InvalidInputException e) {
            outcome(() -> jobs.status(id, "REJECTED", e.getMessage()));
            discard(id);
        } catch (RuntimeException e) {
            log.error("import {} failed while validating", id, e);
            fail(id, "导入失败：系统错误，未写入任何数据");
            discard(id);
        }
    }

    private void finishRejected(String id, Scan scan, String message) {
        outcome(() -> jobs.counts(id, "REJECTED", scan.total, scan.valid, scan.failed, new ImportCounts(0, 0, 0), false,
                scan.listed, scan.errorFile, message));
        discard(id);
    }

    /**
     * For scripts ({@code autoCommit}): one pass that checks and writes in one transaction, rolled
     * back if the mode refuses the file, instead of a pass to preview and another to write.
     */
    private <T> void writeAtOnce(String id, Pending<T> p) {
        try {
            jobs.status(id, "WRITING", "正在校验并写入…");
            Scan scan = writeInTransaction(id, p, true);
            if (refused(scan, p)) {
                finishRejected(id, scan, refusal(scan, p));
            } else {
                afterCommit(p, scan);
                outcome(() -> jobs.counts(id, "DONE", scan.total, scan.valid, scan.failed, scan.counts(), true, scan.listed,
                        scan.errorFile, doneMessage(scan)));
                discard(id);
            }
        } catch (InvalidInputException e) {
            outcome(() -> jobs.status(id, "REJECTED", e.getMessage()));
            discard(id);
        } catch (RuntimeException e) {
            log.error("import {} failed", id, e);
            String reason = e instanceof ConflictException ? "：" + e.getMessage() : reason(e);
            fail(id, "导入失败" + reason + "，未写入任何数据");
            discard(id);
        }
    }

    /** The definition's work once the rows are committed; the import stands whatever happens there. */
    private static void afterCommit(Pending<?> p, Scan scan) {
        try {
            p.definition().afterCommit(scan.counts());
        } catch (RuntimeException e) {
            log.warn("after the import of {}: {}", p.definition().entity(), e.getMessage());
        }
    }

    private static boolean refused(Scan scan, Pending<?> p) {
        return scan.valid == 0 || scan.failed > 0 && p.mode() == ImportMode.ALL_OR_NOTHING;
    }

    /** Why a {@link #refused} file was not written, as the job says it. */
    private static String refusal(Scan scan, Pending<?> p) {
        return scan.failed > 0 && p.mode() == ImportMode.ALL_OR_NOTHING
                ? "有" + scan.failed + "行数据有误，按“全部正确才导入”的要求未写入任何数据" : "没有可导入的有效行";
    }

    private static String doneMessage(Scan scan) {
        return "导入完成：新增" + scan.created + "行" + scan.held() + "，更新" + scan.updated + "行，" + scan.unchanged + "行无变化"
                + (scan.failed > 0 ? "，" + scan.failed + "行有误未导入" : "");
    }

    /** A transaction that writes rows of a file (or previews them and rolls back), with the import's own work_mem for
     * the statement triggers' transition tables of its chunks. */
    private <R> R inImportTransaction(TransactionCallback<R> work) {
        return transactions.execute(tx -> {
            bulk.transactionWorkMem(workMem);
            return work.doInTransaction(tx);
        });
    }

    /** One writing pass in one transaction, with its audit entry; rolled back if the file is {@link #refused}. */
    private <T> Scan writeInTransaction(String id, Pending<T> p, boolean reportErrors) {
        return inImportTransaction(tx -> {
            p.definition().beforeWrite();
            Scan s = scan(id, p, false, reportErrors);
            if (refused(s, p)) {
                tx.setRollbackOnly();
                return s;
            }
            audit.record(AuditAction.IMPORT, p.definition().entity(), null,
                    "导入" + p.definition().title() + "：新增" + s.created + "，更新" + s.updated + "，未变" + s.unchanged
                            + "，错误" + s.failed, Map.of("total", s.total, "failed", s.failed, "mode", p.mode().name(),
                            "file", String.valueOf(p.filename())));
            return s;
        });
    }

    private <T> void write(String id, Pending<T> p) {
        try {
            Scan scan = writeInTransaction(id, p, false);
            if (scan.failed > 0 && p.mode() == ImportMode.ALL_OR_NOTHING) {
                fail(id, "校验之后数据发生了变化，出现" + scan.failed + "行错误，未写入任何数据；请重新上传");
            } else {
                afterCommit(p, scan);
                outcome(() -> jobs.written(id, scan.counts(), doneMessage(scan)));
            }
        } catch (RuntimeException e) {
            log.error("import {} failed while writing", id, e);
            String reason = e instanceof InvalidInputException || e instanceof ConflictException ? "：" + e.getMessage() : reason(e);
            fail(id, "导入失败" + reason + "，未写入任何数据");
        } finally {
            discard(id);
        }
    }

    private static String reason(RuntimeException e) {
        return DatabaseUnavailable.is(e) ? "：与数据库的连接中断（数据库重启或主备切换）" : "：系统错误";
    }

    private void fail(String id, String message) {
        outcome(() -> jobs.failed(id, message).map(Path::of).ifPresent(SpreadsheetImports::deleteQuietly));
    }

    /**
     * Records how a job ended. When the database went away under the import (a restart, a failover to
     * the standby) the outcome waits for it to answer again, up to {@link #OUTCOME_PATIENCE}; before,
     * the job stayed "writing" for ever although its transaction had died.
     */
    private static void outcome(Runnable record) {
        outcome(record, OUTCOME_PATIENCE, OUTCOME_RETRY);
    }

    static void outcome(Runnable record, java.time.Duration patience, java.time.Duration retry) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                record.run();
                return;
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.is(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                log.warn("the import's outcome waits for the database: {}", e.getMessage());
                try {
                    Thread.sleep(retry.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // removed by the weekly sweep
        }
    }

    private void discard(String id) {
        Pending<?> p = pending.remove(id);
        if (p != null) {
            deleteQuietly(p.file());
        }
    }

    /**
     * One pass over the file: every row parsed and checked, keys de-duplicated, valid rows handed on
     * in chunks: to {@link ImportDefinition#preview} (or written, when {@code dryRun} has no fast
     * preview and the caller rolls back), or to {@link ImportDefinition#write}. The first pass also
     * writes the error workbook.
     */
    private <T> Scan scan(String id, Pending<T> p, boolean dryRun, boolean reportErrors) {
        ImportDefinition<T> definition = p.definition();
        boolean fastPreview = dryRun && definition.preview(List.of()) != null;
        List<Column> columns = definition.columns();
        Map<String, Column> byKey = new LinkedHashMap<>();
        columns.forEach(c -> byKey.put(c.key(), c.plausible() == null ? c : c.plausible(plausible(definition.entity(), c))));
        Scan scan = new Scan();
        scan.heldNote = p.definition().heldNote();
        var state = new Object() {
            int[] positions;
            final Keys keys = new Keys();
            final Map<String, Object> shared = new HashMap<>();
            final List<Pending.Row<T>> chunk = new ArrayList<>(CHUNK);
            long progressAt = System.nanoTime();
        };
        try (ErrorWorkbooks.Writer errors = errorWorkbooks.open(columns.stream().map(Column::header).toList())) {
            Runnable flush = () -> {
                if (state.chunk.isEmpty()) {
                    return;
                }
                check(definition, List.copyOf(state.chunk), dryRun);
                List<T> good = new ArrayList<>(state.chunk.size());
                for (Pending.Row<T> r : state.chunk) {
                    if (r.row().hasErrors()) {
                        scan.valid--;
                        scan.failed++;
                        if (reportErrors) {
                            report(scan, errors, r.row(), columns, r.values());
                        }
                    } else {
                        good.add(r.value());
                    }
                }
                state.chunk.clear();
                if (!good.isEmpty()) {
                    scan.add(fastPreview ? definition.preview(good) : definition.write(good));
                }
            };
            SheetReader.readAhead(p.file(), p.filename(), sheetRow -> {
                if (state.positions == null) {
                    state.positions = headerPositions(sheetRow.cells(), columns);
                    return;
                }
                Map<String, String> values = values(sheetRow.cells(), state.positions, columns);
                if (values == null) {
                    return;
                }
                if (++scan.total > maxRows) {
                    throw new InvalidInputException("file", "单次导入不能超过" + maxRows + "行，请拆分文件");
                }
                ImportRow row = new ImportRow(sheetRow.number(), values, byKey, dictionaries, state.shared);
                T value = definition.parse(row);
                Object key = row.hasErrors() ? null : definition.key(value);
                if (key != null) {
                    int first = state.keys.putIfAbsent(key, row.number());
                    if (first > 0) {
                        row.error("与第" + first + "行重复（" + definition.describeKey(key) + "）");
                    }
                }
                if (row.hasErrors()) {
                    scan.failed++;
                    if (reportErrors) {
                        report(scan, errors, row, columns, values);
                    }
                } else {
                    scan.valid++;
                    state.chunk.add(new Pending.Row<>(row, values, value));
                    if (state.chunk.size() == CHUNK) {
                        flush.run();
                    }
                }
                if (scan.total % PROGRESS_EVERY == 0 && System.nanoTime() - state.progressAt >= PROGRESS_PAUSE_NANOS) {
                    jobs.progress(id, scan.total);
                    state.progressAt = System.nanoTime();
                }
            });
            flush.run();
            if (!dryRun) {
                bulk.endStream();
            }
            if (state.positions == null) {
                throw new InvalidInputException("file", "文件是空的：第一行应为表头");
            }
            if (scan.total == 0) {
                throw new InvalidInputException("file", "文件中没有数据行");
            }
            if (reportErrors && scan.failed > 0) {
                scan.errorFile = errors.save();
            } else {
                errors.discard();
            }
            return scan;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chunk's checks: apart from the writing transaction when the definition reads only committed rows. */
    private <T> void check(ImportDefinition<T> definition, List<ImportDefinition.Checked<T>> chunk, boolean dryRun) {
        if (dryRun || !definition.checksCommittedRows()) {
            definition.checkBatch(chunk);
            return;
        }
        lookups.executeWithoutResult(tx -> definition.checkBatch(chunk));
    }

    /** The row's values by column key; null for a blank row or the template's example row. */
    private static Map<String, String> values(List<String> cells, int[] positions, List<Column> columns) {
        Map<String, String> values = new HashMap<>();
        boolean blank = true;
        boolean example = true;
        for (int i = 0; i < columns.size(); i++) {
            int pos = positions[i];
            String v = pos >= 0 && pos < cells.size() ? cells.get(pos) : null;
            values.put(columns.get(i).key(), v);
            blank &= v == null || v.isBlank();
            String ex = columns.get(i).example();
            example &= ex == null || ex.isEmpty() ? v == null || v.isBlank() : ex.equals(v == null ? null : v.strip());
        }
        return blank || example ? null : values;
    }

    private static void report(Scan scan, ErrorWorkbooks.Writer errors, ImportRow row, List<Column> columns,
                               Map<String, String> values) {
        if (scan.listed.size() < MAX_LISTED_ERRORS) {
            scan.listed.add(new RowError(row.number(), List.copyOf(row.errors())));
        }
        try {
            errors.add(row.number(), columns.stream().map(c -> values.get(c.key())).toList(), row.errors());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            data.value(1, c, col.example());
            data.style(1, c).italic().fontColor("808080").set();
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
        help.value(columns.size() + 2, 0, "说明：在第一个工作表中逐行填写，表头请勿修改；日期格式为 yyyy-MM-dd。"
                + "第2行灰色斜体为示例，原样保留时不会被导入，也可直接覆盖。");
        lists.setVisibilityState(VisibilityState.HIDDEN);
        wb.finish();
    }

    /** A column's plausible range, as configured for its template ({@code unionworks.import.plausible.<entity>.<key>=low..high}). */
    private Column.Plausible plausible(String entity, Column c) {
        String configured = environment.getProperty("unionworks.import.plausible." + entity + "." + c.key());
        if (configured == null || configured.isBlank()) {
            return c.plausible();
        }
        String[] ends = configured.split("\\.\\.");
        try {
            return new Column.Plausible(new java.math.BigDecimal(ends[0].strip()), new java.math.BigDecimal(ends[1].strip()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("unionworks.import.plausible." + entity + "." + c.key() + " 应写成 下限..上限，如 10..50000", e);
        }
    }
}
