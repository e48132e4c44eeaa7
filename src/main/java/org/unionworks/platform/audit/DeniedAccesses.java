package org.unionworks.platform.audit;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.web.SlidingWindows;

/**
 * Refused requests of signed-in users (404 by the data scope, 403 by permission) go into the audit
 * log as 越权尝试, at most {@code perAccount} per account in ten minutes, so that a sweep of foreign
 * ids is visible without one account flooding the log.
 */
@Component
public class DeniedAccesses {

    private final AuditService audit;
    private final int perAccount;
    private final SlidingWindows<Long> recent;

    DeniedAccesses(AuditService audit, Clock clock, @Value("${unionworks.audit.denied-per-10-minutes:30}") int perAccount) {
        this.audit = audit;
        this.recent = new SlidingWindows<>(clock);
        this.perAccount = perAccount;
    }

    public void record(int status, String method, String path) {
        var user = CurrentUsers.current().orElse(null);
        if (user == null || !underLimit(user.id())) {
            return;
        }
        String why = status == 404 ? "不在数据范围内或不存在" : "无此权限";
        audit.recordIndependently(AuditAction.DENIED, "Access", null, method + " " + path + " → " + status + "（" + why + "）");
    }

    /**
     * A person the caller tried to register is already registered outside the caller's subtree (a
     * member, a needy worker, a model worker). The caller is told only that the person cannot be
     * registered here; the attempt is recorded, within the same limit.
     */
    public String duplicateElsewhere(String register, String idNumber) {
        var user = CurrentUsers.current().orElse(null);
        if (user != null && underLimit(user.id())) {
            audit.recordIndependently(AuditAction.DENIED, "Access", null, "跨范围重复登记（" + register + "）："
                    + org.unionworks.platform.validation.IdNumbers.mask(idNumber));
        }
        return ELSEWHERE;
    }

    public static final String ELSEWHERE = "该人员不能在本工会登记（已由您管辖范围以外的工会登记）；如有疑问，请联系上级工会核实";

    private boolean underLimit(long userId) {
        return recent.tryAcquire(userId, perAccount, 600_000);
    }
}
