package org.unionworks.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.FieldProblem;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.files.FileStore;

/** The rectification ledger: problems found, their owners and deadlines, completion with evidence, verification. */
@Service
class RectificationService implements ProblemLedger {

    private final RectificationRepository items;
    private final Dictionaries dictionaries;
    private final Scopes scopes;
    private final FileStore files;

    RectificationService(RectificationRepository items, Dictionaries dictionaries, Scopes scopes, FileStore files) {
        this.items = items;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
        this.files = files;
    }

    @Override
    @Transactional
    public long record(Problem p) {
        return create(p, null).getId();
    }

    @Override
    @Transactional
    public long recordRectified(Problem p, LocalDate doneOn, String result) {
        Rectification r = create(p, null);
        if (doneOn.isBefore(p.foundOn()) || doneOn.isAfter(LocalDate.now())) {
            throw new InvalidInputException("doneOn", "整改完成日期应在发现日期之后、今天之前");
        }
        r.complete(doneOn, result, List.of());
        return items.saveAndFlush(r).getId();
    }

    @Override
    @Transactional(readOnly = true)
    public long countFromResearch(long researchId) {
        return items.countByResearchId(researchId);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, Progress> progress(java.util.Collection<Long> ids) {
        java.util.Map<Long, Progress> found = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        items.progressOf(ids).forEach(r -> found.put(r.id(), new Progress(r.status().name(), r.deadline(), r.doneOn())));
        return found;
    }

    /** A new item; with {@code fixedAtOnce} it is 立整立改, done the day it was found. */
    @Transactional
    Rectification create(Problem p, String fixedAtOnce) {
        scopes.requireOpen(p.unionId());
        check(p);
        Rectification r = new Rectification(p);
        if (fixedAtOnce != null) {
            r.fixedAtOnce(fixedAtOnce);
        }
        return items.saveAndFlush(r);
    }

    @Transactional(readOnly = true)
    Rectification get(long id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException("整改事项"));
    }

    @Transactional
    Rectification update(long id, long version, Problem p) {
        Rectification r = get(id);
        if (r.getVersion() != version) {
            throw new ConflictException("该事项已被他人修改，请刷新后重试");
        }
        if (!r.inProgress()) {
            throw new ConflictException("已完成的事项不能修改");
        }
        check(p);
        r.describe(p);
        return items.saveAndFlush(r);
    }

    @Transactional
    Rectification complete(long id, LocalDate on, String result, List<String> evidence) {
        Rectification r = get(id);
        if (!r.inProgress()) {
            throw new ConflictException("该事项已完成");
        }
        if (on.isAfter(LocalDate.now()) || on.isBefore(r.getFoundOn())) {
            throw new InvalidInputException("doneOn", "完成日期应在发现日期之后、不晚于今天");
        }
        for (String file : evidence) {
            files.find(file).orElseThrow(() -> new InvalidInputException("evidence", "佐证材料不存在或无权访问"));
        }
        r.complete(on, result, evidence);
        return items.saveAndFlush(r);
    }

    /** 销号: a verifier confirms the rectification. */
    @Transactional
    Rectification verify(long id, String verifier, LocalDate on) {
        Rectification r = get(id);
        if (r.getStatus() != RectificationStatus.DONE) {
            throw new ConflictException("只有已完成的事项可以销号");
        }
        if (on.isBefore(r.getDoneOn()) || on.isAfter(LocalDate.now())) {
            throw new InvalidInputException("on", "销号日期应在完成日期之后、不晚于今天");
        }
        r.verify(verifier, on);
        return items.saveAndFlush(r);
    }

    private void check(Problem p) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!dictionaries.contains("problem_source", p.source())) {
            problems.add(new FieldProblem("source", "请选择问题来源"));
        }
        if (p.category() == null || !dictionaries.contains("problem_category", p.category())) {
            problems.add(new FieldProblem("category", "请选择问题类别"));
        }
        if (p.foundOn() == null || p.foundOn().isAfter(LocalDate.now())) {
            problems.add(new FieldProblem("foundOn", "发现日期不能为空，也不能晚于今天"));
        } else if (p.deadline() == null || p.deadline().isBefore(p.foundOn())) {
            problems.add(new FieldProblem("deadline", "整改期限不能早于发现日期"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
