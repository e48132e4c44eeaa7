package org.unionworks.member;

import java.util.List;

import org.springframework.data.jpa.domain.Specification;
import org.unionworks.platform.error.InvalidInputException;

/** How the one search box reads what is typed into it; every branch is an indexed condition. */
final class MemberSearch {

    private MemberSearch() {
    }

    static Specification<Member> matching(String text) {
        if (text.matches("\\d{17}[\\dX]")) {
            return (r, q, cb) -> cb.equal(r.get("idNumber"), text);
        }
        if (text.matches("[\\dX]{4,17}")) {
            String reversed = new StringBuilder(text).reverse() + "%";
            return (r, q, cb) -> cb.or(cb.like(r.get("idReversed"), reversed), cb.equal(r.get("phone"), text),
                    cb.equal(r.get("cardNo"), text));
        }
        String prefix = text.replace("\\", "").replace("%", "").replace("_", "") + "%";
        return (r, q, cb) -> cb.or(cb.like(r.get("name"), prefix), cb.equal(r.get("cardNo"), text));
    }

    /** Current memberships by default; {@code ALL} for every one; otherwise one status. */
    static Specification<Member> status(String status) {
        if (status == null || status.isBlank()) {
            return (r, q, cb) -> r.get("status").in(List.of(MemberStatus.ACTIVE, MemberStatus.RESERVED));
        }
        if (status.equals("ALL")) {
            return (r, q, cb) -> cb.conjunction();
        }
        try {
            MemberStatus s = MemberStatus.valueOf(status);
            return (r, q, cb) -> cb.equal(r.get("status"), s);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "会籍状态只能是 ACTIVE、RESERVED、TRANSFERRED、WITHDRAWN、EXPELLED 或 ALL");
        }
    }
}
