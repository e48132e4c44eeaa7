package org.unionworks.assist;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;
import org.unionworks.platform.data.ListFilter;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.validation.Choices;
import org.unionworks.platform.validation.Texts;

/**
 * The archive's search: by ID number (full or last digits) or name, status, category, and the
 * lists the national system's users rely on: files not changed for a year, files never aided,
 * files due for review.
 */
final class FileSearch {

    private FileSearch() {
    }

    /**
     * {@code mayReveal}: more than the last 6 characters of an ID number would confirm a guess of the
     * masked digits, so only an account with {@code assist:reveal} searches by them (audited by the caller).
     */
    static boolean revealing(String q) {
        String text = Texts.normalize(q);
        return text != null && text.toUpperCase(java.util.Locale.ROOT).matches("[\\dX]{7,18}");
    }

    static Specification<HardshipFile> of(String q, String status, String category, String list, boolean mayReveal) {
        List<Specification<HardshipFile>> parts = new ArrayList<>();
        String text = Texts.normalize(q);
        if (text != null && !text.isEmpty()) {
            String t = text.toUpperCase(java.util.Locale.ROOT);
            if (!mayReveal && revealing(t)) {
                throw new InvalidInputException("q", "请输入身份证号的后4至6位；按完整证件号查询需要“按完整证件号查询档案”权限");
            }
            parts.add(t.matches("[\\dX]{4,18}")
                    ? (r, query, cb) -> cb.like(r.get("idNumber"), "%" + t)
                    : (r, query, cb) -> cb.like(r.get("workerName"), ListFilter.startingWith(t), ListFilter.ESCAPE));
        }
        if (status != null && !status.isBlank()) {
            FileStatus wanted = Choices.of(FileStatus.class, status, "status", "档案状态只能是 SUBMITTED、RETURNED、OPEN 或 CLOSED");
            parts.add((r, query, cb) -> cb.equal(r.get("status"), wanted));
        }
        if (category != null && !category.isBlank()) {
            parts.add((r, query, cb) -> cb.equal(r.get("category"), category));
        }
        if (list != null && !list.isBlank()) {
            parts.add(list(list));
        }
        return Specification.allOf(parts);
    }

    private static Specification<HardshipFile> list(String list) {
        LocalDate today = LocalDate.now();
        return switch (list) {
            case "STALE" -> (r, q, cb) -> cb.and(cb.equal(r.get("status"), FileStatus.OPEN),
                    cb.lessThan(r.get("updatedAt"), OffsetDateTime.now(ZoneOffset.UTC).minusYears(1)));
            case "NEVER_AIDED" -> (r, q, cb) -> {
                var sub = q.subquery(Long.class);
                var aid = sub.from(AidRecord.class);
                sub.select(aid.get("fileId")).where(cb.isNotNull(aid.get("fileId")));
                return cb.and(cb.equal(r.get("status"), FileStatus.OPEN), cb.not(r.get("id").in(sub)));
            };
            case "REVIEW_DUE" -> (r, q, cb) -> cb.and(cb.equal(r.get("status"), FileStatus.OPEN),
                    cb.lessThanOrEqualTo(r.get("nextReviewDue"), today));
            default -> throw new InvalidInputException("list", "list 只能是 STALE、NEVER_AIDED 或 REVIEW_DUE");
        };
    }
}
