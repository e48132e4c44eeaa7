package org.unionworks.assist;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.assist.web.FileView;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.validation.IdNumbers;

/** How a file is shown: ID numbers masked, the bank account as its last four digits, aid totalled. */
@Component
class FileViews {

    private final OrgTree orgTree;
    private final JdbcClient jdbc;

    FileViews(OrgTree orgTree, JdbcClient jdbc) {
        this.orgTree = orgTree;
        this.jdbc = jdbc;
    }

    FileView of(HardshipFile f) {
        BigDecimal aidTotal = jdbc.sql("select coalesce(sum(amount), 0) from aid_record where file_id = :id")
                .param("id", f.getId()).query(BigDecimal.class).single();
        String account = f.getBankAccount() == null ? null
                : "****" + f.getBankAccount().substring(Math.max(0, f.getBankAccount().length() - 4));
        return new FileView(f.getId(), f.getUnionId(), orgTree.nameOf(f.getUnionId()).orElse(null), f.getWorkerName(),
                IdNumbers.mask(f.getIdNumber()), f.getDivisionCode(), f.getCategory(), f.getMainCause(), f.getSecondaryCauses(),
                f.getIdentity(), f.isModelWorker(), f.getHousing(), account, f.getHouseholdSize(), f.getMonthlyIncome(),
                FileFields.perHead(f.getMonthlyIncome(), f.getHouseholdSize()),
                f.getMonthsBelowStandard(), f.getLivingStandard(), f.isMeetsStandard(), f.getJustification(), f.getStatus().name(),
                f.getSubmittedOn(), f.getFiledOn(), f.getDecidedBy(), f.getDecisionNote(), f.getNextReviewDue(),
                f.getExitReason(), f.getExitOn(), f.getExitNote(), aidTotal,
                f.getHousehold().stream().map(h -> new FileView.Member(h.getName(), h.getRelation(),
                        IdNumbers.mask(h.getIdNumber()), h.getHealth(), h.getEmployment(), h.getMonthlyIncome())).toList(),
                f.isBackfilled(), f.getVersion());
    }
}
