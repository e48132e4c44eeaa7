package org.unionworks.platform.excel;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job records. Every change is its own statement outside the import's transaction, so the
 * page sees progress while the rows are still being written, and a crash leaves a record saying so.
 */
@Component
class ImportJobs {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, entity, title, filename, mode, status, total, processed, valid, failed, created, updated, unchanged,
            written, errors_json, error_file, message, created_at, finished_at, user_id""";

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    ImportJobs(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs an update in its own transaction, committed at once whatever the import's transaction does. */
    private void update(JdbcClient.StatementSpec statement) {
        own.executeWithoutResult(tx -> statement.update());
    }

    /** The rows were written: the final counts replace the preview. */
    void written(String id, ImportCounts counts, String message) {
        update(jdbc.sql("""
                update import_job set status = 'DONE', written = true, created = :created, updated = :updated,
                       unchanged = :unchanged, message = :message, finished_at = :now, processed = total
                 where id = :id""")
                .param("created", counts.created()).param("updated", counts.updated())
                .param("unchanged", counts.unchanged()).param("message", truncate(message, 500))
                .param("now", now()).param("id", id));
    }

    String create(long userId, long unionId, ImportDefinition<?> definition, String filename, ImportMode mode) {
        String id = UUID.randomUUID().toString();
        // committed at once: the job's worker thread updates the row while the request is still answering
        update(jdbc.sql("""
                insert into import_job (id, user_id, union_id, entity, title, filename, mode, status, created_at)
                values (:id, :user, :union, :entity, :title, :filename, :mode, 'VALIDATING', :now)""")
                .param("id", id).param("user", userId).param("union", unionId).param("entity", definition.entity())
                .param("title", definition.title()).param("filename", truncate(filename, 255)).param("mode", mode.name())
                .param("now", now()));
        return id;
    }

    void progress(String id, int processed) {
        update(jdbc.sql("update import_job set processed = :p where id = :id").param("p", processed).param("id", id));
    }

    /** Validation finished: the bad rows, and the preview counts (or the final ones once written). */
    void counts(String id, String status, int total, int valid, int failed, ImportCounts counts, boolean written,
                List<RowError> errors, String errorFile, String message) {
        update(jdbc.sql("""
                update import_job set status = :status, total = :total, processed = :total, valid = :valid,
                       failed = :failed, created = :created, updated = :updated, unchanged = :unchanged,
                       written = :written, errors_json = :errors, error_file = :errorFile, message = :message,
                       finished_at = case when :status in ('READY', 'WRITING') then null else :now end
                 where id = :id""")
                .param("status", status).param("total", total).param("valid", valid).param("failed", failed)
                .param("created", counts.created()).param("updated", counts.updated())
                .param("unchanged", counts.unchanged()).param("written", written)
                .param("errors", JSON.writeValueAsString(errors)).param("errorFile", errorFile)
                .param("message", truncate(message, 500)).param("now", now()).param("id", id));
    }

    void status(String id, String status, String message) {
        update(jdbc.sql("""
                update import_job set status = :status, message = coalesce(:message, message),
                       processed = case when :status = 'WRITING' then 0 else processed end,
                       finished_at = case when :status in ('READY', 'WRITING', 'VALIDATING') then null else :now end
                 where id = :id""")
                .param("status", status).param("message", truncate(message, 500)).param("now", now())
                .param("id", id));
    }

    /**
     * The job failed: nothing was written, so it shows no counts (a preview's "created 300" beside
     * FAILED misled) and no error workbook; returns the workbook it had, for the caller to delete.
     */
    Optional<String> failed(String id, String message) {
        Optional<String> errorFile = jdbc.sql("select error_file from import_job where id = :id and error_file is not null")
                .param("id", id).query(String.class).optional();
        update(jdbc.sql("""
                update import_job set status = 'FAILED', message = :message, valid = 0, created = 0, updated = 0,
                       unchanged = 0, written = false, error_file = null, finished_at = :now
                 where id = :id""")
                .param("message", truncate(message, 500)).param("now", now()).param("id", id));
        return errorFile;
    }

    /** Jobs older than the error workbooks' week no longer offer one (the sweep removes the files). */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelay = 3_600_000)
    void forgetExpiredErrorFiles() {
        jdbc.sql("update import_job set error_file = null where error_file is not null and finished_at < :cutoff")
                .param("cutoff", now().minusDays(7)).update();
    }

    /** A job of this user, or empty: nobody else's jobs are visible, not even to administrators. */
    Optional<ImportJobView> find(String id, long userId) {
        return jdbc.sql("select " + COLUMNS + " from import_job where id = :id and user_id = :user")
                .param("id", id).param("user", userId).query((rs, n) -> view(rs)).optional();
    }

    List<ImportJobView> recent(long userId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from import_job where user_id = :user order by created_at desc limit :limit")
                .param("user", userId).param("limit", limit).query((rs, n) -> view(rs)).list();
    }

    Optional<String> errorFile(String id, long userId) {
        return jdbc.sql("select error_file from import_job where id = :id and user_id = :user and error_file is not null")
                .param("id", id).param("user", userId).query(String.class).optional();
    }

    /** After a restart nothing is running: a job caught half-way wrote nothing (its transaction died with it). */
    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        jdbc.sql("""
                update import_job set status = 'FAILED', written = false, finished_at = :now,
                       message = '服务重启，导入已中断，未写入任何数据；请重新上传'
                 where status in ('VALIDATING', 'READY', 'WRITING')""").param("now", now()).update();
    }

    private static ImportJobView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        String errors = rs.getString("errors_json");
        List<RowError> list = errors == null ? List.of() : JSON.readValue(errors, new TypeReference<List<RowError>>() { });
        return new ImportJobView(rs.getString("id"), rs.getString("entity"), rs.getString("title"),
                rs.getString("filename"), rs.getString("mode"), rs.getString("status"), rs.getInt("total"),
                rs.getInt("processed"), rs.getInt("valid"), rs.getInt("failed"), rs.getInt("created"),
                rs.getInt("updated"), rs.getInt("unchanged"), rs.getBoolean("written"), list,
                rs.getString("error_file") == null ? null : rs.getString("id"), rs.getString("message"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
