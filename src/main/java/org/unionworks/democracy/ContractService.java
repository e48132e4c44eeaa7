package org.unionworks.democracy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.democracy.web.ContractRequest;
import org.unionworks.democracy.web.CoveredEmployerRequest;
import org.unionworks.democracy.web.SigningRequest;
import org.unionworks.org.EmployerInfo;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.Texts;

/** Collective contracts negotiated, signed, filed, terminated and renewed, and the employers they cover. */
@Service
class ContractService {

    private final CollectiveContractRepository contracts;
    private final ContractEmployerRepository employers;
    private final Scopes scopes;
    private final OrgDirectory orgs;
    private final Dictionaries dictionaries;

    ContractService(CollectiveContractRepository contracts, ContractEmployerRepository employers, Scopes scopes, OrgDirectory orgs,
                    Dictionaries dictionaries) {
        this.contracts = contracts;
        this.employers = employers;
        this.scopes = scopes;
        this.orgs = orgs;
        this.dictionaries = dictionaries;
    }

    @Transactional(readOnly = true)
    CollectiveContract get(long id) {
        return contracts.findById(id).orElseThrow(() -> new NotFoundException("集体合同"));
    }

    @Transactional
    CollectiveContract create(ContractRequest r) {
        if (r.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择协商的工会");
        }
        scopes.requireOpen(r.unionId());
        CollectiveContract c = new CollectiveContract(r.unionId(), orgs.districtOf(r.unionId()), null);
        c.negotiate(negotiation(r));
        contracts.saveAndFlush(c);
        for (CoveredEmployerRequest e : r.employers() == null ? List.<CoveredEmployerRequest>of() : r.employers()) {
            cover(c, e);
        }
        return c;
    }

    @Transactional
    CollectiveContract update(long id, ContractRequest r) {
        CollectiveContract c = get(id);
        c.requireVersion(r.version(), "该集体合同已被他人修改，请刷新后重试");
        c.negotiate(negotiation(r));
        if (c.getCoverage() == CollectiveContract.Coverage.SINGLE && employers.countByContractId(id) > 1) {
            throw new InvalidInputException("coverage", "单一企业的集体合同只能覆盖一家单位，请先移除多余的单位");
        }
        return contracts.saveAndFlush(c);
    }

    private CollectiveContract.Negotiation negotiation(ContractRequest r) {
        if (!dictionaries.contains("contract_kind", r.kind())) {
            throw new InvalidInputException("kind", "请选择集体合同类别");
        }
        var coverage = Arrays.stream(CollectiveContract.Coverage.values()).filter(v -> v.name().equals(r.coverage())).findFirst()
                .orElseThrow(() -> new InvalidInputException("coverage", "覆盖范围只能是单一企业（SINGLE）、区域性（REGIONAL）或行业性（INDUSTRY）"));
        var party = Arrays.stream(CollectiveContract.Party.values()).filter(v -> v.name().equals(r.offerParty())).findFirst()
                .orElseThrow(() -> new InvalidInputException("offerParty", "要约方只能是工会（UNION）或企业方（EMPLOYER）"));
        if (r.offerOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("offerOn", "要约日期不能晚于今天");
        }
        return new CollectiveContract.Negotiation(r.kind(), coverage, Texts.clean(r.title()), r.offerOn(), party,
                r.rounds() == null ? 0 : r.rounds());
    }

    @Transactional
    CollectiveContract sign(long id, SigningRequest r) {
        CollectiveContract c = get(id);
        c.requireVersion(r.version(), "该集体合同已被他人修改，请刷新后重试");
        if (r.signedOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("signedOn", "签订日期不能晚于今天");
        }
        if (employers.countByContractId(id) == 0) {
            throw new ConflictException("请先登记集体合同覆盖的单位");
        }
        c.sign(new CollectiveContract.Signing(r.signedOn(), r.startsOn(), r.endsOn(), r.workersCovered(), r.wageRise(),
                Texts.blankToNull(r.keyTerms())));
        return contracts.saveAndFlush(c);
    }

    @Transactional
    CollectiveContract file(long id, LocalDate on, String number, String authority, Long version) {
        CollectiveContract c = get(id);
        c.requireVersion(version, "该集体合同已被他人修改，请刷新后重试");
        if (on.isAfter(LocalDate.now())) {
            throw new InvalidInputException("filedOn", "备案日期不能晚于今天");
        }
        c.file(on, Texts.clean(number), Texts.blankToNull(authority));
        return contracts.saveAndFlush(c);
    }

    @Transactional
    CollectiveContract terminate(long id, LocalDate on, Long version) {
        CollectiveContract c = get(id);
        c.requireVersion(version, "该集体合同已被他人修改，请刷新后重试");
        c.terminate(on);
        return contracts.saveAndFlush(c);
    }

    /** 续签: a new negotiation of the same kind, coverage and employers, starting from today's 要约. */
    @Transactional
    CollectiveContract renew(long id) {
        CollectiveContract old = get(id);
        if (old.getStatus() == CollectiveContract.Status.NEGOTIATING) {
            throw new ConflictException("尚未签订的集体合同不能续签");
        }
        if (contracts.exists((r, q, cb) -> cb.equal(r.get("renewsId"), id))) {
            throw new ConflictException("该集体合同已在续签");
        }
        scopes.requireOpen(old.getUnionId());
        CollectiveContract c = new CollectiveContract(old.getUnionId(), old.getDistrictId(), id);
        c.negotiate(new CollectiveContract.Negotiation(old.getKind(), old.getCoverage(), old.getTitle(), LocalDate.now(),
                CollectiveContract.Party.UNION, 0));
        contracts.saveAndFlush(c);
        for (ContractEmployer e : employers.findByContractIdOrderById(id)) {
            employers.save(new ContractEmployer(c.getId(), e.getEmployerId(), e.getWorkers()));
        }
        employers.flush();
        return c;
    }

    @Transactional
    ContractEmployer addEmployer(long contractId, CoveredEmployerRequest r) {
        CollectiveContract c = get(contractId);
        if (c.getStatus() == CollectiveContract.Status.FILED || c.getStatus() == CollectiveContract.Status.TERMINATED) {
            throw new ConflictException("已备案或已终止的集体合同不能修改");
        }
        return cover(c, r);
    }

    private ContractEmployer cover(CollectiveContract c, CoveredEmployerRequest r) {
        String code = CreditCodes.normalize(Texts.blankToNull(r.creditCode()));
        long employer = orgs.employerByCreditCode(code).map(EmployerInfo::id).orElseThrow(() ->
                new InvalidInputException("creditCode", "单位库中没有统一社会信用代码为" + code + "的单位（或不在您的管辖范围内）"));
        if (employers.findByContractIdAndEmployerId(c.getId(), employer).isPresent()) {
            throw new ConflictException("该单位已在本合同覆盖范围内");
        }
        if (c.getCoverage() == CollectiveContract.Coverage.SINGLE && employers.countByContractId(c.getId()) > 0) {
            throw new InvalidInputException("creditCode", "单一企业的集体合同只能覆盖一家单位；覆盖多家请选择区域性或行业性");
        }
        return employers.saveAndFlush(new ContractEmployer(c.getId(), employer, r.workers()));
    }

    @Transactional
    void removeEmployer(long contractId, long employerRowId) {
        CollectiveContract c = get(contractId);
        if (c.getStatus() != CollectiveContract.Status.NEGOTIATING) {
            throw new ConflictException("已签订的集体合同不能移除覆盖单位");
        }
        ContractEmployer e = employers.findById(employerRowId).filter(x -> x.getContractId() == contractId)
                .orElseThrow(() -> new NotFoundException("覆盖单位"));
        employers.delete(e);
        employers.flush();
    }
}
