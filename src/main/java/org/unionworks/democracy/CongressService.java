package org.unionworks.democracy;

import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.democracy.web.CongressRequest;
import org.unionworks.democracy.web.DisclosureRequest;
import org.unionworks.democracy.web.ProposalHandlingRequest;
import org.unionworks.democracy.web.ProposalRequest;
import org.unionworks.democracy.web.SessionRequest;
import org.unionworks.org.EmployerInfo;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.Texts;

/** 职代会 systems, their sessions and proposals, and 厂务公开 items; kept by the union that covers the employer. */
@Service
class CongressService {

    private final WorkersCongressRepository congresses;
    private final CongressSessionRepository sessions;
    private final CongressProposalRepository proposals;
    private final DisclosureRepository disclosures;
    private final ContractEmployerRepository contractEmployers;
    private final CollectiveContractRepository contracts;
    private final OrgDirectory orgs;
    private final Scopes scopes;
    private final Dictionaries dictionaries;

    CongressService(WorkersCongressRepository congresses, CongressSessionRepository sessions, CongressProposalRepository proposals,
                    DisclosureRepository disclosures, ContractEmployerRepository contractEmployers, CollectiveContractRepository contracts,
                    OrgDirectory orgs, Scopes scopes, Dictionaries dictionaries) {
        this.congresses = congresses;
        this.sessions = sessions;
        this.proposals = proposals;
        this.disclosures = disclosures;
        this.contractEmployers = contractEmployers;
        this.contracts = contracts;
        this.orgs = orgs;
        this.scopes = scopes;
        this.dictionaries = dictionaries;
    }

    @Transactional(readOnly = true)
    WorkersCongress get(long id) {
        return congresses.findById(id).orElseThrow(() -> new NotFoundException("职代会"));
    }

    /** The employer by credit code, within scope, and the union that keeps its records: the one covering it, else its 管辖工会. */
    private EmployerInfo employer(String creditCode) {
        String code = CreditCodes.normalize(Texts.blankToNull(creditCode));
        if (code == null) {
            throw new InvalidInputException("creditCode", "请填写单位的统一社会信用代码");
        }
        EmployerInfo e = orgs.employerByCreditCode(code).orElseThrow(() -> new NotFoundException("该统一社会信用代码的单位"));
        scopes.requireOpen(keeper(e));
        return e;
    }

    private static long keeper(EmployerInfo e) {
        return e.coveringUnionId() != null ? e.coveringUnionId() : e.unionId();
    }

    @Transactional
    WorkersCongress establish(CongressRequest r) {
        EmployerInfo e = employer(r.creditCode());
        if (congresses.exists((c, q, cb) -> cb.equal(c.get("employerId"), e.id()))) {
            throw new ConflictException("该单位已登记职代会制度");
        }
        WorkersCongress c = new WorkersCongress(keeper(e), orgs.districtOf(keeper(e)), e.id());
        describe(c, r);
        return congresses.saveAndFlush(c);
    }

    @Transactional
    WorkersCongress update(long id, CongressRequest r) {
        WorkersCongress c = get(id);
        c.requireVersion(r.version(), "该职代会记录已被他人修改，请刷新后重试");
        describe(c, r);
        return congresses.saveAndFlush(c);
    }

    private void describe(WorkersCongress c, CongressRequest r) {
        WorkersCongress.Form form = Arrays.stream(WorkersCongress.Form.values()).filter(f -> f.name().equals(r.form())).findFirst()
                .orElseThrow(() -> new InvalidInputException("form", "职代会形式只能是职工代表大会（CONGRESS）或职工大会（ASSEMBLY）"));
        if (r.establishedOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("establishedOn", "建立日期不能晚于今天");
        }
        c.describe(form, r.establishedOn(), r.representatives());
    }

    @Transactional
    WorkersCongress abolish(long id, LocalDate on, Long version) {
        WorkersCongress c = get(id);
        c.requireVersion(version, "该职代会记录已被他人修改，请刷新后重试");
        c.abolish(on);
        return congresses.saveAndFlush(c);
    }

    @Transactional
    CongressSession saveSession(long congressId, Long sessionId, SessionRequest r) {
        WorkersCongress c = get(congressId);
        if (r.heldOn().isBefore(c.getEstablishedOn()) || r.heldOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("heldOn", "召开日期应在职代会建立之后、今天之前");
        }
        if (r.contractId() != null) {
            var contract = contracts.findById(r.contractId()).orElseThrow(() -> new InvalidInputException("contractId", "没有这份集体合同"));
            if (contractEmployers.findByContractIdAndEmployerId(contract.getId(), c.getEmployerId()).isEmpty()) {
                throw new InvalidInputException("contractId", "该集体合同不覆盖本单位，不能由本单位职代会表决");
            }
        }
        CongressSession s;
        if (sessionId == null) {
            s = new CongressSession(congressId, c.getDistrictId());
        } else {
            s = sessions.findById(sessionId).filter(x -> x.getCongressId() == congressId).orElseThrow(() -> new NotFoundException("会议"));
            s.requireVersion(r.version(), "该会议记录已被他人修改，请刷新后重试");
        }
        s.record(new CongressSession.Record(r.heldOn(), Texts.clean(r.title()), r.expected(), r.present(), r.frontline(), r.women(),
                Texts.blankToNull(r.resolutions()), r.contractId(), r.votesFor(), r.votesAgainst(), r.abstentions()));
        return sessions.saveAndFlush(s);
    }

    @Transactional(readOnly = true)
    CongressSession session(long sessionId) {
        CongressSession s = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("会议"));
        get(s.getCongressId());
        return s;
    }

    @Transactional
    CongressProposal saveProposal(long sessionId, Long proposalId, ProposalRequest r) {
        CongressSession s = session(sessionId);
        String category = Texts.blankToNull(r.category());
        if (category != null && !dictionaries.contains("proposal_category", category)) {
            throw new InvalidInputException("category", "请选择提案类别");
        }
        if (proposalId == null) {
            return proposals.saveAndFlush(new CongressProposal(sessionId, s.getDistrictId(), Texts.clean(r.title()), Texts.clean(r.proposer()), category));
        }
        CongressProposal p = proposal(sessionId, proposalId);
        p.requireVersion(r.version(), "该提案已被他人修改，请刷新后重试");
        p.describe(Texts.clean(r.title()), Texts.clean(r.proposer()), category);
        return proposals.saveAndFlush(p);
    }

    @Transactional
    CongressProposal handle(long sessionId, long proposalId, ProposalHandlingRequest r) {
        CongressSession s = session(sessionId);
        CongressProposal p = proposal(sessionId, proposalId);
        switch (r.action()) {
            case "ACCEPT" -> p.decide(true, Texts.blankToNull(r.handling()));
            case "REJECT" -> p.decide(false, Texts.blankToNull(r.handling()));
            case "HANDLE" -> {
                if (r.handledOn() == null || r.handledOn().isBefore(s.getHeldOn()) || r.handledOn().isAfter(LocalDate.now())) {
                    throw new InvalidInputException("handledOn", "办结日期应在会议召开之后、今天之前");
                }
                p.handle(r.handledOn(), Texts.blankToNull(r.handling()));
            }
            default -> throw new InvalidInputException("action", "处理方式只能是立案（ACCEPT）、不立案（REJECT）或办结（HANDLE）");
        }
        return proposals.saveAndFlush(p);
    }

    private CongressProposal proposal(long sessionId, long proposalId) {
        return proposals.findById(proposalId).filter(p -> p.getSessionId() == sessionId).orElseThrow(() -> new NotFoundException("提案"));
    }

    @Transactional
    Disclosure disclose(DisclosureRequest r) {
        EmployerInfo e = employer(r.creditCode());
        if (!dictionaries.contains("disclosure_channel", r.channel())) {
            throw new InvalidInputException("channel", "请选择公开形式");
        }
        if (r.publishedOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("publishedOn", "公开日期不能晚于今天");
        }
        return disclosures.saveAndFlush(new Disclosure(keeper(e), orgs.districtOf(keeper(e)), e.id(), r.publishedOn(), r.channel(), Texts.clean(r.subject())));
    }

    @Transactional
    void withdraw(long disclosureId) {
        Disclosure d = disclosures.findById(disclosureId).orElseThrow(() -> new NotFoundException("厂务公开记录"));
        disclosures.delete(d);
        disclosures.flush();
    }
}
