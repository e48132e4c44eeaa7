package org.unionworks.service;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.CurrentUser;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.reminder.PendingWork;

/** Applications (金秋助学 …) in the user's subtree waiting for review, and approved ones whose 公示 has ended, waiting to be paid. */
@Component
class ServiceTodos implements PendingWork {

    private final BeneficiaryRepository beneficiaries;
    private final Subtrees subtrees;

    ServiceTodos(BeneficiaryRepository beneficiaries, Subtrees subtrees) {
        this.beneficiaries = beneficiaries;
        this.subtrees = subtrees;
    }

    @Override
    public List<Todo> pending() {
        CurrentUser user = CurrentUsers.require();
        if (!user.can("service:write")) {
            return List.of();
        }
        Specification<Programme> mine = subtrees.under(user.unionId());
        long applied = beneficiaries.count(inProgrammes(mine).and((r, q, cb) -> cb.equal(r.get("status"), Beneficiary.Status.APPLIED)));
        LocalDate today = LocalDate.now();
        Specification<Programme> noticeOver = mine.and((r, q, cb) -> cb.lessThan(r.get("noticeTo"), today));
        long payable = beneficiaries.count(inProgrammes(noticeOver).and((r, q, cb) -> cb.equal(r.get("status"), Beneficiary.Status.APPROVED)));
        return List.of(new Todo("SERVICE_APPLIED", "普惠服务申请待审核", applied, "/programmes"),
                new Todo("SERVICE_PAYABLE", "公示期满待发放", payable, "/programmes"));
    }

    private static Specification<Beneficiary> inProgrammes(Specification<Programme> programmes) {
        return (r, q, cb) -> {
            var sub = q.subquery(Long.class);
            var p = sub.from(Programme.class);
            sub.select(p.get("id")).where(programmes.toPredicate(p, q, cb));
            return r.get("programmeId").in(sub);
        };
    }
}
