package org.unionworks.governance;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.files.FileStore;

/** The rules library: enact, revise (keeping every earlier version), repeal. */
@Service
class RuleService {

    private final RuleDocRepository rules;
    private final RuleRevisionRepository revisions;
    private final Dictionaries dictionaries;
    private final Scopes scopes;
    private final FileStore files;

    RuleService(RuleDocRepository rules, RuleRevisionRepository revisions, Dictionaries dictionaries, Scopes scopes,
                FileStore files) {
        this.rules = rules;
        this.revisions = revisions;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
        this.files = files;
    }

    @Transactional(readOnly = true)
    RuleDoc get(long id) {
        return rules.findById(id).orElseThrow(() -> new NotFoundException("管理制度"));
    }

    @Transactional
    RuleDoc enact(long unionId, String title, String category, LocalDate on, String body, String fileId) {
        scopes.requireOpen(unionId);
        check(category, on, body, fileId);
        RuleDoc rule = rules.saveAndFlush(new RuleDoc(unionId, title, category, on));
        revisions.save(new RuleRevision(rule.getId(), 1, "ENACT", on, body, fileId, null, user()));
        return rule;
    }

    @Transactional
    RuleDoc revise(long id, String title, String category, LocalDate on, String body, String fileId, String note) {
        RuleDoc rule = inForce(id);
        check(category, on, body, fileId);
        if (on.isBefore(rule.getEnactedOn())) {
            throw new InvalidInputException("on", "修订日期不能早于制定日期");
        }
        int no = rule.revise(title, category);
        revisions.save(new RuleRevision(id, no, "REVISE", on, body, fileId, note, user()));
        return rules.saveAndFlush(rule);
    }

    @Transactional
    RuleDoc repeal(long id, LocalDate on, String note) {
        RuleDoc rule = inForce(id);
        if (on.isBefore(rule.getEnactedOn()) || on.isAfter(LocalDate.now())) {
            throw new InvalidInputException("on", "废止日期应在制定日期之后、不晚于今天");
        }
        int no = rule.repeal(on);
        revisions.save(new RuleRevision(id, no, "REPEAL", on, null, null, note, user()));
        return rules.saveAndFlush(rule);
    }

    private RuleDoc inForce(long id) {
        RuleDoc rule = get(id);
        if (rule.getStatus() != RegulationStatus.IN_FORCE) {
            throw new ConflictException("该制度已废止");
        }
        return rule;
    }

    private void check(String category, LocalDate on, String body, String fileId) {
        if (!dictionaries.contains("rule_category", category)) {
            throw new InvalidInputException("category", "请选择制度类别");
        }
        if (on.isAfter(LocalDate.now()) || on.getYear() < 1950) {
            throw new InvalidInputException("on", "日期应在1950年到今天之间");
        }
        if ((body == null || body.isBlank()) && fileId == null) {
            throw new InvalidInputException("body", "请填写制度正文或上传制度文件");
        }
        if (fileId != null && files.find(fileId).isEmpty()) {
            throw new InvalidInputException("fileId", "制度文件不存在或无权访问");
        }
    }

    private static String user() {
        return CurrentUsers.require().username();
    }
}
