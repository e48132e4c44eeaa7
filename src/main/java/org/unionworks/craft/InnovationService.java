package org.unionworks.craft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.org.EmployerInfo;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.FieldProblem;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;

/** The 五小 and 合理化建议 library, and employers' internal evaluation by year. */
@Service
class InnovationService {

    private final SmallInnovationRepository innovations;
    private final EmployerEvaluationRepository evaluations;
    private final InnovationStudioRepository studios;
    private final ContestRepository contests;
    private final Dictionaries dictionaries;
    private final Scopes scopes;
    private final OrgDirectory orgs;

    InnovationService(SmallInnovationRepository innovations, EmployerEvaluationRepository evaluations, InnovationStudioRepository studios,
                      ContestRepository contests, Dictionaries dictionaries, Scopes scopes, OrgDirectory orgs) {
        this.innovations = innovations;
        this.evaluations = evaluations;
        this.studios = studios;
        this.contests = contests;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
        this.orgs = orgs;
    }

    @Transactional(readOnly = true)
    SmallInnovation get(long id) {
        return innovations.findById(id).orElseThrow(() -> new NotFoundException("五小成果"));
    }

    @Transactional
    SmallInnovation save(Long id, Long version, SmallInnovation.Facts f) {
        SmallInnovation s;
        if (id == null) {
            scopes.requireOpen(f.unionId());
            s = new SmallInnovation(f.unionId());
        } else {
            s = get(id);
            if (version == null || !version.equals(s.getVersion())) {
                throw new ConflictException("该成果已被他人修改，请刷新后重试");
            }
        }
        check(f);
        s.describe(f);
        return innovations.saveAndFlush(s);
    }

    private void check(SmallInnovation.Facts f) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!dictionaries.contains("innovation_category", f.category())) {
            problems.add(new FieldProblem("category", "请选择成果类别"));
        }
        if (f.achievedOn().isAfter(LocalDate.now())) {
            problems.add(new FieldProblem("achievedOn", "取得日期不能晚于今天"));
        }
        if (f.studioId() != null && studios.findById(f.studioId()).isEmpty()) {
            problems.add(new FieldProblem("studioId", "创新工作室不存在或不在您的管辖范围内"));
        }
        if (f.contestId() != null && contests.findById(f.contestId()).isEmpty()) {
            problems.add(new FieldProblem("contestId", "竞赛不存在或不在您的管辖范围内"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The employer of the credit code within the caller's scope; null for no code. */
    EmployerInfo employer(String creditCode, String field) {
        if (creditCode == null) {
            return null;
        }
        return orgs.employerByCreditCode(creditCode)
                .orElseThrow(() -> new InvalidInputException(field, "单位库中没有该统一社会信用代码的单位（或不在您的管辖范围内）"));
    }

    /** Records (or updates) an employer's evaluation of a kind in a year, kept by the union that covers the employer. */
    @Transactional
    EmployerEvaluation evaluate(String creditCode, int year, String kind, Integer evaluated, boolean demonstration, Long version) {
        if (!dictionaries.contains("evaluation_kind", kind)) {
            throw new InvalidInputException("kind", "请选择评聘类别");
        }
        if (year > LocalDate.now().getYear()) {
            throw new InvalidInputException("year", "年度不能晚于今年");
        }
        EmployerInfo e = orgs.employerByCreditCode(creditCode).orElseThrow(() -> new NotFoundException("该统一社会信用代码的单位"));
        EmployerEvaluation ev = evaluations.findByEmployerIdAndEvalYearAndKind(e.id(), year, kind).orElse(null);
        if (ev == null) {
            Long covering = e.coveringUnionId();
            long union = covering != null && scopes.isVisible(covering) ? covering : e.unionId();
            scopes.requireOpen(union);
            ev = new EmployerEvaluation(union, e.id(), year, kind, e.association());
        } else if (version != null && !version.equals(ev.getVersion())) {
            throw new ConflictException("该记录已被他人修改，请刷新后重试");
        }
        ev.record(evaluated, demonstration);
        return evaluations.saveAndFlush(ev);
    }

    @Transactional
    void deleteEvaluation(long id) {
        evaluations.delete(evaluations.findById(id).orElseThrow(() -> new NotFoundException("评聘记录")));
    }
}
