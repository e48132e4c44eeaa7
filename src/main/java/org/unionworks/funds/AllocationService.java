package org.unionworks.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.funds.web.AllocationRequest;
import org.unionworks.funds.web.AmountCorrection;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.Texts;

/** Allocations and grants of a union (to a lower union, a programme, 困难职工帮扶, service places, a project) and their corrections. */
@Service
class AllocationService {

    private final FundAllocationRepository allocations;
    private final Scopes scopes;
    private final OrgTree orgTree;
    private final Dictionaries dictionaries;
    private final FundsMonths months;
    private final AmountCorrections corrections;

    AllocationService(FundAllocationRepository allocations, Scopes scopes, OrgTree orgTree, Dictionaries dictionaries, FundsMonths months,
                      AmountCorrections corrections) {
        this.corrections = corrections;
        this.allocations = allocations;
        this.scopes = scopes;
        this.orgTree = orgTree;
        this.dictionaries = dictionaries;
        this.months = months;
    }

    FundAllocation get(long id) {
        return allocations.findById(id).orElseThrow(() -> new NotFoundException("拨付记录"));
    }

    @Transactional
    FundAllocation create(AllocationRequest r) {
        long union = r.unionId() == null ? CurrentUsers.require().unionId() : r.unionId();
        scopes.requireOpen(union);
        FundAllocation a = new FundAllocation(union);
        describe(a, r);
        return allocations.saveAndFlush(a);
    }

    @Transactional
    FundAllocation update(long id, AllocationRequest r) {
        FundAllocation a = get(id);
        a.requireVersion(r.version(), "该拨付记录已被他人修改，请刷新后重试");
        if (a.getCorrectionOf() != null) {
            throw new InvalidInputException("id", "更正记录不能修改；如需调整请再录入一条更正");
        }
        months.requireOpen(a.getAllocatedOn(), "该拨付记录");
        describe(a, r);
        return allocations.saveAndFlush(a);
    }

    @Transactional
    void delete(long id) {
        FundAllocation a = get(id);
        months.requireOpen(a.getAllocatedOn(), "该拨付记录");
        if (allocations.existsByCorrectionOf(id)) {
            throw new ConflictException("该拨付记录已有更正记录，不能删除");
        }
        allocations.delete(a);
    }

    private void describe(FundAllocation a, AllocationRequest r) {
        FundAllocation.Purpose purpose = Arrays.stream(FundAllocation.Purpose.values())
                .filter(p -> p.name().equals(r.purpose()) || p.label.equals(r.purpose())).findFirst()
                .orElseThrow(() -> new InvalidInputException("purpose", "用途只能是补助下级工会、普惠服务项目、困难职工帮扶、服务阵地建设或其他项目"));
        Long to = null;
        String programme = null;
        String project = Texts.blankToNull(r.project());
        if (purpose == FundAllocation.Purpose.LOWER_UNION) {
            to = lowerUnion(a.getUnionId(), r.toUnionId());
        } else if (purpose == FundAllocation.Purpose.PROGRAMME) {
            programme = r.programmeKind() == null ? null : dictionaries.contains("programme_kind", r.programmeKind()) ? r.programmeKind()
                    : dictionaries.codeOfLabel("programme_kind", r.programmeKind()).orElse(null);
            if (programme == null) {
                throw new InvalidInputException("programmeKind", "请选择普惠服务项目类别");
            }
        } else if (purpose == FundAllocation.Purpose.PROJECT && project == null) {
            throw new InvalidInputException("project", "请填写项目名称");
        }
        if (r.allocatedOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("allocatedOn", "拨付日期不能晚于今天");
        }
        months.requireOpen(r.allocatedOn(), "该月份的拨付记录");
        a.target(purpose, to, programme, project);
        a.amount(r.amount(), r.allocatedOn(), r.approvalNo().strip(), r.approvedBy().strip(), Texts.blankToNull(r.note()));
    }

    /** The union money goes to: visible, open and below the paying union. */
    private long lowerUnion(long from, Long to) {
        if (to == null) {
            throw new InvalidInputException("toUnionId", "请选择拨付对象（下级工会）");
        }
        scopes.requireOpen(to);
        String below = orgTree.pathOf(from).orElseThrow(() -> new NotFoundException("工会组织"));
        String path = orgTree.pathOf(to).orElseThrow(() -> new NotFoundException("工会组织"));
        if (path.equals(below) || !path.startsWith(below)) {
            throw new InvalidInputException("toUnionId", "拨付对象应是拨付工会的下级工会");
        }
        return to;
    }

    @Transactional
    FundAllocation correct(long id, AmountCorrection r) {
        FundAllocation original = get(id);
        BigDecimal total = corrections.totalAfter("fund_allocation", "拨付", id, original.getCorrectionOf() != null, original.getAllocatedOn(), r);
        if (total.signum() < 0) {
            throw new InvalidInputException("amount", "更正后的拨付金额不能为负数");
        }
        FundAllocation c = FundAllocation.correcting(original);
        c.amount(r.amount(), r.on(), r.approvalNo().strip(), original.getApprovedBy(), r.note().strip());
        return allocations.saveAndFlush(c);
    }
}
