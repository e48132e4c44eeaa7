package org.unionworks.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.platform.access.CurrentUser;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.error.InvalidInputException;

/** Keeps uploaded documents and images; refuses other kinds of files. */
@Service
public class FileStore {

    /** What a stored file is, without its content. */
    public record StoredFile(String id, long unionId, String filename, String contentType, long size) {
    }

    private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "txt", "text/plain");

    private final JdbcClient jdbc;
    private final Scopes scopes;
    private final AuditService audit;
    private final Path dir;

    FileStore(JdbcClient jdbc, Scopes scopes, AuditService audit, @Value("${unionworks.files-dir}") String filesDir) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.audit = audit;
        this.dir = Path.of(filesDir, "stored");
    }

    public StoredFile store(MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            throw new InvalidInputException("file", "请选择要上传的文件");
        }
        String name = org.unionworks.platform.validation.Texts.fileName(upload.getOriginalFilename());
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String type = TYPES.get(ext);
        if (type == null) {
            throw new InvalidInputException("file", "只能上传 PDF、Word、Excel、图片（JPG/PNG）或文本文件");
        }
        CurrentUser user = CurrentUsers.require();
        String id = UUID.randomUUID().toString();
        try {
            Files.createDirectories(dir);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(upload.getInputStream(), sha)) {
                Files.copy(in, dir.resolve(id), StandardCopyOption.REPLACE_EXISTING);
            }
            jdbc.sql("""
                    insert into stored_file (id, union_id, filename, content_type, size_bytes, sha256, uploaded_by, created_at)
                    values (:id, :union, :name, :type, :size, :sha, :by, :now)""")
                    .param("id", id).param("union", user.unionId()).param("name", name.length() > 255 ? name.substring(0, 255) : name)
                    .param("type", type).param("size", upload.getSize()).param("sha", HexFormat.of().formatHex(sha.digest()))
                    .param("by", user.username()).param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        audit.record(AuditAction.CREATE, "StoredFile", id, "上传附件“" + name + "”", Map.of("size", upload.getSize()));
        return new StoredFile(id, user.unionId(), name, type, upload.getSize());
    }

    /** A file the acting user may see; empty for one that does not exist or lies outside the scope. */
    public Optional<StoredFile> find(String id) {
        return jdbc.sql("select id, union_id, filename, content_type, size_bytes from stored_file where id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .optional().filter(f -> scopes.isVisible(f.unionId()));
    }

    /** The names of files a record the caller may see refers to (a nomination's evidence), by id. */
    public java.util.List<StoredFile> describe(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return java.util.List.of();
        }
        return jdbc.sql("select id, union_id, filename, content_type, size_bytes from stored_file where id in (:ids) order by filename")
                .param("ids", ids)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
    }

    Path content(String id) {
        return dir.resolve(id);
    }

    /** The content of a file the acting user may see. */
    public byte[] read(String id) {
        find(id).orElseThrow(() -> new org.unionworks.platform.error.NotFoundException("附件"));
        return readShared(id);
    }

    /**
     * The content of a file an upper union shares with the unions below it (a report template, a
     * campaign's 审批表 template): the caller has checked that the sharing record reaches the user.
     */
    public byte[] readShared(String id) {
        try {
            return Files.readAllBytes(content(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
