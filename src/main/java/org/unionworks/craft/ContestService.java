package org.unionworks.craft;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.honor.HonorRegistry;
import org.unionworks.org.EmployerInfo;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;

/** A contest from its items and units to entrants and results, through 公示 and objections to published results. */
@Service
class ContestService {

    private final ContestRepository contests;
    private final ContestItemRepository items;
    private final ContestUnitRepository units;
    private final ContestEntrantRepository entrants;
    private final ContestObjectionRepository objections;
    private final Dictionaries dictionaries;
    private final Scopes scopes;
    private final OrgDirectory orgs;
    private final HonorRegistry honors;

    ContestService(ContestRepository contests, ContestItemRepository items, ContestUnitRepository units,
                   ContestEntrantRepository entrants, ContestObjectionRepository objections, Dictionaries dictionaries,
                   Scopes scopes, OrgDirectory orgs, HonorRegistry honors) {
        this.contests = contests;
        this.items = items;
        this.units = units;
        this.entrants = entrants;
        this.objections = objections;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
        this.orgs = orgs;
        this.honors = honors;
    }

    /** What a contest is: name, kind, level, industry and period. */
    record Facts(String name, String kind, String level, String industry, LocalDate startsOn, LocalDate endsOn) {
    }

    @Transactional(readOnly = true)
    Contest get(long id) {
        return contests.findById(id).orElseThrow(() -> new NotFoundException("竞赛"));
    }

    @Transactional
    Contest create(long unionId, Facts f) {
        scopes.requireOpen(unionId);
        Contest c = new Contest(unionId);
        describe(c, f);
        return contests.saveAndFlush(c);
    }

    @Transactional
    Contest update(long id, Long version, Facts f) {
        Contest c = current(id, version);
        describe(c, f);
        return contests.saveAndFlush(c);
    }

    private void describe(Contest c, Facts f) {
        requireCode("contest_kind", f.kind(), "kind", "竞赛类别");
        requireCode("contest_level", f.level(), "level", "竞赛级别");
        if (f.industry() != null) {
            requireCode("industry", f.industry(), "industry", "行业");
        }
        c.describe(f.name(), f.kind(), f.level(), f.industry(), f.startsOn(), f.endsOn());
    }

    @Transactional
    ContestItem saveItem(long contestId, Long itemId, Long version, String name, String occupation, String grade) {
        get(contestId).requireOpen();
        if (grade != null) {
            requireCode("skill_grade", grade, "grade", "技术等级");
        }
        ContestItem item = itemId == null ? new ContestItem(contestId) : child(items.findById(itemId), contestId, "比武项目");
        checkVersion(item.getVersion(), version, itemId);
        item.describe(name, occupation, grade);
        return items.saveAndFlush(item);
    }

    @Transactional
    void deleteItem(long contestId, long itemId) {
        get(contestId).requireOpen();
        ContestItem item = child(items.findById(itemId), contestId, "比武项目");
        if (entrants.countByItemId(itemId) > 0) {
            throw new ConflictException("该项目已有参赛选手，不能删除");
        }
        items.delete(item);
    }

    /** A participating unit: an employer by its credit code, a union of the caller's subtree, or a name alone. */
    @Transactional
    ContestUnit saveUnit(long contestId, Long unitId, Long version, String name, String creditCode, Long unionId, Integer entrantCount) {
        get(contestId).requireOpen();
        Long employerId = null;
        if (creditCode != null) {
            EmployerInfo e = orgs.employerByCreditCode(creditCode)
                    .orElseThrow(() -> new InvalidInputException("creditCode", "未找到该统一社会信用代码的单位（须在您的管辖范围内）"));
            employerId = e.id();
            name = name == null ? e.name() : name;
        }
        if (unionId != null) {
            scopes.requireVisible(unionId);
            name = name == null ? orgs.anyUnion(unionId).map(u -> u.name()).orElse(null) : name;
        }
        if (name == null) {
            throw new InvalidInputException("name", "请填写参赛单位名称，或选择单位、工会");
        }
        ContestUnit unit = unitId == null ? new ContestUnit(contestId) : child(units.findById(unitId), contestId, "参赛单位");
        checkVersion(unit.getVersion(), version, unitId);
        unit.describe(name, employerId, unionId, entrantCount);
        return units.saveAndFlush(unit);
    }

    @Transactional
    void deleteUnit(long contestId, long unitId) {
        get(contestId).requireOpen();
        ContestUnit unit = child(units.findById(unitId), contestId, "参赛单位");
        if (entrants.countByUnitId(unitId) > 0) {
            throw new ConflictException("该单位已有参赛选手，不能删除");
        }
        units.delete(unit);
    }

    @Transactional
    /** An entrant's details and result; an edit without an ID number keeps the one on record (the page never shows it whole). */
    ContestEntrant saveEntrant(long contestId, Long entrantId, Long version, ContestEntrant.Entry e) {
        get(contestId).requireOpen();
        checkEntry(contestId, e);
        ContestEntrant entrant = entrantId == null ? new ContestEntrant(contestId) : child(entrants.findById(entrantId), contestId, "参赛选手");
        checkVersion(entrant.getVersion(), version, entrantId);
        if (entrantId != null && e.idNumber() == null && entrant.getIdNumber() != null) {
            e = new ContestEntrant.Entry(e.itemId(), e.unitId(), e.name(), entrant.getIdNumber(), entrant.getSex(), e.employerName(), e.post(),
                    e.stage(), e.score(), e.ranking(), e.prizeTier(), e.title(), e.gradeUpgrade());
        }
        entrant.describe(e);
        return entrants.saveAndFlush(entrant);
    }

    @Transactional
    void deleteEntrant(long contestId, long entrantId) {
        get(contestId).requireOpen();
        entrants.delete(child(entrants.findById(entrantId), contestId, "参赛选手"));
    }

    /** The item and unit belong to this contest; the coded fields are known codes. */
    void checkEntry(long contestId, ContestEntrant.Entry e) {
        child(items.findById(e.itemId()), contestId, "比武项目");
        if (e.unitId() != null) {
            child(units.findById(e.unitId()), contestId, "参赛单位");
        }
        if (e.prizeTier() != null) {
            requireCode("prize_tier", e.prizeTier(), "prizeTier", "获奖等次");
        }
        if (e.gradeUpgrade() != null) {
            requireCode("skill_grade", e.gradeUpgrade(), "gradeUpgrade", "晋升技术等级");
        }
    }

    @Transactional
    Contest startNotice(long id, Long version, LocalDate from, LocalDate to) {
        Contest c = current(id, version);
        c.startNotice(from, to, entrants.countByContestIdAndStage(id, ContestStage.FINAL));
        return contests.saveAndFlush(c);
    }

    @Transactional
    Contest withdrawNotice(long id, Long version) {
        Contest c = current(id, version);
        c.withdrawNotice();
        return contests.saveAndFlush(c);
    }

    /**
     * 结果公布: the results become final and every title that is an individual honor of the catalogue is
     * conferred in 劳模库 on its winner, in the year of publication.
     */
    @Transactional
    Contest publish(long id, Long version) {
        Contest c = current(id, version);
        LocalDate today = LocalDate.now();
        c.publish(today, objections.countByContestIdAndResolvedAtIsNull(id));
        Map<Long, ContestItem> itemsById = new java.util.HashMap<>();
        items.findByContestIdOrderById(id).forEach(i -> itemsById.put(i.getId(), i));
        for (ContestEntrant e : entrants.findByContestIdAndStageOrderByItemIdAscRankingAsc(id, ContestStage.FINAL)) {
            if (e.getTitle() == null) {
                continue;
            }
            honors.individualTitle(e.getTitle()).ifPresent(titleId -> e.conferred(honors.confer(new HonorRegistry.Conferral(
                    honoreeUnion(c, e), e.getName(), e.getIdNumber(), e.getEmployerName(), e.getPost(), titleId, today.getYear(),
                    c.getName() + "·" + itemsById.get(e.getItemId()).getName() + tierText(e)))));
        }
        return contests.saveAndFlush(c);
    }

    private String tierText(ContestEntrant e) {
        return e.getPrizeTier() == null ? "" : "·" + dictionaries.label("prize_tier", e.getPrizeTier()).orElse(e.getPrizeTier());
    }

    /** The union of the winner's unit (or of the union covering its employer) where visible, else the organizer. */
    private long honoreeUnion(Contest c, ContestEntrant e) {
        if (e.getUnitId() == null) {
            return c.getUnionId();
        }
        ContestUnit unit = units.findById(e.getUnitId()).orElseThrow();
        Long union = unit.getUnionId();
        if (union == null && unit.getEmployerId() != null) {
            union = orgs.employer(unit.getEmployerId()).map(x -> x.coveringUnionId() != null ? x.coveringUnionId() : x.unionId())
                    .orElse(null);
        }
        return union != null && scopes.isVisible(union) ? union : c.getUnionId();
    }

    /**
     * 推荐参评: a prize winner of published results put forward in a selection campaign (a first prize for a
     * 五一劳动奖章, say) by a union, the achievements stating the result.
     */
    @Transactional
    ContestEntrant nominate(long contestId, long entrantId, long campaignId, long titleId, long unionId, String achievements) {
        Contest c = get(contestId);
        if (c.getStatus() != ContestStatus.PUBLISHED) {
            throw new ConflictException("竞赛结果公布后才能推荐获奖选手参评");
        }
        ContestEntrant e = child(entrants.findById(entrantId), contestId, "参赛选手");
        if (e.getPrizeTier() == null || e.getIdNumber() == null) {
            throw new ConflictException("只有登记了身份证号的获奖选手可以推荐参评");
        }
        long nomination = honors.nominate(new HonorRegistry.Candidate(campaignId, unionId, titleId, e.getName(), e.getIdNumber(),
                e.getEmployerName(), e.getPost(), achievements));
        e.nominated(nomination);
        return entrants.saveAndFlush(e);
    }

    /** Anyone may object to results in 公示 on the day they are shown. */
    @Transactional
    ContestObjection object(long contestId, String content, String contact) {
        Contest c = contests.findById(contestId).filter(x -> x.inNoticeOn(LocalDate.now()))
                .orElseThrow(() -> new NotFoundException("公示中的竞赛结果"));
        return objections.saveAndFlush(new ContestObjection(c.getId(), content, contact));
    }

    @Transactional
    ContestObjection resolve(long objectionId, String resolution) {
        ContestObjection o = objections.findById(objectionId).orElseThrow(() -> new NotFoundException("异议"));
        get(o.getContestId());
        o.resolve(resolution, CurrentUsers.require().username());
        return objections.saveAndFlush(o);
    }

    private Contest current(long id, Long version) {
        Contest c = get(id);
        if (version == null || c.getVersion() != version.longValue()) {
            throw new ConflictException("该竞赛已被他人修改，请刷新后重试");
        }
        return c;
    }

    private static void checkVersion(Long current, Long given, Long id) {
        if (id != null && (given == null || !given.equals(current))) {
            throw new ConflictException("该记录已被他人修改，请刷新后重试");
        }
    }

    private static <T> T child(java.util.Optional<T> found, long contestId, String label) {
        T t = found.orElseThrow(() -> new NotFoundException(label));
        long owner = t instanceof ContestItem i ? i.getContestId()
                : t instanceof ContestUnit u ? u.getContestId() : ((ContestEntrant) t).getContestId();
        if (owner != contestId) {
            throw new NotFoundException(label);
        }
        return t;
    }

    private void requireCode(String type, String code, String field, String label) {
        if (code == null || !dictionaries.contains(type, code)) {
            throw new InvalidInputException(field, "请选择" + label);
        }
    }
}
