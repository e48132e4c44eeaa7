package org.unionworks.member;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.unionworks.platform.validation.Choices;

/** How the one search box reads what is typed into it; every branch is an indexed condition. */
final class MemberSearch {

    private MemberSearch() {
    }

    /** What a search box text asks for, when it names a hidden value in full: audited, and only with the permission. */
    enum Revealing { NONE, FULL_ID_NUMBER, ID_NUMBER_DIGITS, PHONE }

    /**
     * Without {@code member:reveal} a search may give 4 to 6 last characters of an ID number (which the
     * masked value shows anyway, or nearly); more would confirm a guess of the hidden digits, so a full
     * or longer ID number and a phone number are searched only with the permission.
     */
    static Revealing revealing(String text) {
        if (text.matches("\\d{17}[\\dX]")) {
            return Revealing.FULL_ID_NUMBER;
        }
        if (text.matches("1\\d{10}")) {
            return Revealing.PHONE;
        }
        if (text.matches("[\\dX]{7,17}")) {
            return Revealing.ID_NUMBER_DIGITS;
        }
        return Revealing.NONE;
    }

    /**
     * {@code cardInUse} says whether some member holds the text as a card number; only then does a name
     * search look at card numbers too. A name is almost never a card number, and without that branch the
     * name index alone (it carries status and union) answers the count and the page's ids.
     */
    static Specification<Member> matching(String text, boolean mayReveal, Predicate<String> cardInUse) {
        if (text.matches("\\d{17}[\\dX]")) {
            String reversed = new StringBuilder(text).reverse().toString();
            return (r, q, cb) -> cb.equal(r.get("idReversed"), reversed);
        }
        if (text.matches("[\\dX]{4,17}")) {
            if (!mayReveal && text.length() > 6) {
                return (r, q, cb) -> cb.equal(r.get("cardNo"), text);
            }
            String reversed = new StringBuilder(text).reverse() + "%";
            return mayReveal
                    ? (r, q, cb) -> cb.or(cb.like(r.get("idReversed"), reversed), cb.equal(r.get("phone"), text),
                            cb.equal(r.get("cardNo"), text))
                    : (r, q, cb) -> cb.or(cb.like(r.get("idReversed"), reversed), cb.equal(r.get("cardNo"), text));
        }
        String prefix = text.replace("\\", "").replace("%", "").replace("_", "") + "%";
        if (!cardInUse.test(text)) {
            return (r, q, cb) -> cb.like(r.get("name"), prefix);
        }
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
        MemberStatus s = Choices.of(MemberStatus.class, status, "status", "会籍状态只能是 ACTIVE、RESERVED、TRANSFERRED、WITHDRAWN、EXPELLED 或 ALL");
        return (r, q, cb) -> cb.equal(r.get("status"), s);
    }
}
