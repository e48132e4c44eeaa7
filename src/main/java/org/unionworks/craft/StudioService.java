package org.unionworks.craft;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.craft.web.AchievementRequest;
import org.unionworks.craft.web.StudioRequest;
import org.unionworks.honor.HonorRegistry;
import org.unionworks.org.EmployerInfo;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.Texts;

/** Studios named, described, credited with achievements and reviewed every year. */
@Service
class StudioService {

    private final InnovationStudioRepository studios;
    private final StudioAchievementRepository achievements;
    private final StudioReviewRepository reviews;
    private final Dictionaries dictionaries;
    private final Scopes scopes;
    private final OrgDirectory orgs;
    private final HonorRegistry honors;

    StudioService(InnovationStudioRepository studios, StudioAchievementRepository achievements, StudioReviewRepository reviews,
                  Dictionaries dictionaries, Scopes scopes, OrgDirectory orgs, HonorRegistry honors) {
        this.studios = studios;
        this.achievements = achievements;
        this.reviews = reviews;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
        this.orgs = orgs;
        this.honors = honors;
    }

    @Transactional(readOnly = true)
    InnovationStudio get(long id) {
        return studios.findById(id).orElseThrow(() -> new NotFoundException("创新工作室"));
    }

    @Transactional
    InnovationStudio create(long unionId, StudioRequest r) {
        scopes.requireOpen(unionId);
        InnovationStudio s = new InnovationStudio(unionId);
        s.describe(profile(r, null));
        return studios.saveAndFlush(s);
    }

    @Transactional
    InnovationStudio update(long id, StudioRequest r) {
        InnovationStudio s = get(id);
        if (r.version() == null || !r.version().equals(s.getVersion())) {
            throw new ConflictException("该工作室已被他人修改，请刷新后重试");
        }
        s.describe(profile(r, s.getEmployerId()));
        return studios.saveAndFlush(s);
    }

    /** The studio as requested; without a credit code it keeps the employer it was linked to ({@code linked}). */
    private InnovationStudio.Profile profile(StudioRequest r, Long linked) {
        if (!dictionaries.contains("contest_level", r.level())) {
            throw new InvalidInputException("level", "请选择命名级别");
        }
        if (r.namedYear() > LocalDate.now().getYear()) {
            throw new InvalidInputException("namedYear", "命名年度不能晚于今年");
        }
        if (r.honoreeId() != null && honors.honoreeName(r.honoreeId()).isEmpty()) {
            throw new InvalidInputException("honoreeId", "劳模库中没有这位领衔人（或不在您的管辖范围内）");
        }
        Long employerId = linked;
        String code = CreditCodes.normalize(Texts.blankToNull(r.hostCreditCode()));
        if (code != null) {
            employerId = orgs.employerByCreditCode(code).map(EmployerInfo::id).orElseThrow(() ->
                    new InvalidInputException("hostCreditCode", "单位库中没有该统一社会信用代码的单位（或不在您的管辖范围内）"));
        }
        return new InnovationStudio.Profile(Texts.clean(r.name()), r.level(), r.namedYear(), Texts.clean(r.leaderName()), r.honoreeId(),
                employerId, Texts.clean(r.hostName()), Texts.blankToNull(r.fields()), r.memberCount() == null ? 0 : r.memberCount(),
                Texts.blankToNull(r.members()));
    }

    @Transactional
    StudioAchievement saveAchievement(long studioId, Long achievementId, AchievementRequest r) {
        InnovationStudio s = get(studioId);
        if (!dictionaries.contains("achievement_kind", r.kind())) {
            throw new InvalidInputException("kind", "请选择成果类别");
        }
        if (r.achievedOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("achievedOn", "取得日期不能晚于今天");
        }
        if (s.getRevokedOn() != null && r.achievedOn().isAfter(s.getRevokedOn())) {
            throw new InvalidInputException("achievedOn", "工作室已于" + s.getRevokedOn() + "撤销，此后的成果不能记入");
        }
        StudioAchievement a;
        if (achievementId == null) {
            a = new StudioAchievement(studioId);
        } else {
            a = achievements.findById(achievementId).filter(x -> x.getStudioId() == studioId).orElseThrow(() -> new NotFoundException("成果"));
            if (r.version() == null || !r.version().equals(a.getVersion())) {
                throw new ConflictException("该成果已被他人修改，请刷新后重试");
            }
        }
        a.describe(r.kind(), Texts.clean(r.title()), r.achievedOn(), r.benefit(), Texts.blankToNull(r.note()));
        return achievements.saveAndFlush(a);
    }

    /** 年度考核: once per year; 撤销 revokes the studio on the review day. */
    @Transactional
    StudioReview review(long studioId, int year, String result, LocalDate on, String note) {
        InnovationStudio s = get(studioId);
        StudioReview.Result r = java.util.Arrays.stream(StudioReview.Result.values()).filter(v -> v.name().equals(result)).findFirst()
                .orElseThrow(() -> new InvalidInputException("result", "考核结果只能是合格（PASS）、整改（IMPROVE）或撤销（REVOKE）"));
        if (year < s.getNamedYear() || year > LocalDate.now().getYear()) {
            throw new InvalidInputException("year", "考核年度应在命名年度到今年之间");
        }
        if (on.isAfter(LocalDate.now())) {
            throw new InvalidInputException("reviewedOn", "考核日期不能晚于今天");
        }
        if (reviews.existsByStudioIdAndReviewYear(studioId, year)) {
            throw new ConflictException(year + "年度已考核");
        }
        s.requireActive();
        if (r == StudioReview.Result.REVOKE) {
            s.revoke(on);
            studios.saveAndFlush(s);
        }
        return reviews.saveAndFlush(new StudioReview(studioId, year, r, on, note));
    }
}
