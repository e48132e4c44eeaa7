package org.unionworks.funds;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.ForbiddenException;
import org.unionworks.platform.error.InvalidInputException;

/**
 * The months of the register: how a month is written ({@code 2026-10}, {@code 2026年10月}, {@code 202610}), and which
 * are closed (结账). Entries of a closed month are never edited; what changes later is booked as a correction in an open
 * month. Only the city federation closes months, one after the other.
 */
@Component
class FundsMonths {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:[-./年]\\s*)?(\\d{1,2})\\s*月?(?:[-./]\\d{1,2}日?)?");

    private final ClosedMonthRepository closed;
    private final OrgTree orgTree;

    FundsMonths(ClosedMonthRepository closed, OrgTree orgTree) {
        this.closed = closed;
        this.orgTree = orgTree;
    }

    /** The first day of the month {@code text} names, or null when it names none. */
    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = MONTH.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atDay(1);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** {@link #parse} for a request field: 400 naming the field when the month is missing, malformed or not yet begun. */
    static LocalDate require(String text, String field, String label) {
        LocalDate month = parse(text);
        if (month == null) {
            throw new InvalidInputException(field, label + "应为年月，如 2026-10");
        }
        if (month.isAfter(LocalDate.now())) {
            throw new InvalidInputException(field, label + "不能晚于本月");
        }
        return month;
    }

    boolean isClosed(LocalDate month) {
        return closed.existsByFundsMonth(month.withDayOfMonth(1));
    }

    /** 409 when the month of {@code day} is closed: {@code what} (e.g. 该缴费记录) cannot change any more. */
    void requireOpen(LocalDate day, String what) {
        if (isClosed(day)) {
            throw new ConflictException(YearMonth.from(day) + " 已结账，" + what + "不能再修改；如需更正，请在未结账月份录入更正记录");
        }
    }

    @Transactional(readOnly = true)
    List<ClosedMonth> closedMonths() {
        return closed.findAllByOrderByFundsMonthDesc();
    }

    /** The closed months' first days, for marking a page's rows as locked. */
    @Transactional(readOnly = true)
    java.util.Set<LocalDate> closedSet() {
        return new java.util.HashSet<>(closed.findAll().stream().map(ClosedMonth::getFundsMonth).toList());
    }

    /** Closes {@code text}'s month: the city federation only, a month that has ended. */
    @Transactional
    ClosedMonth close(String text) {
        var user = CurrentUsers.require();
        if (user.unionId() != orgTree.rootId()) {
            throw new ForbiddenException("结账由市总工会办理");
        }
        LocalDate month = parse(text);
        if (month == null) {
            throw new InvalidInputException("month", "结账月份应为年月，如 2026-10");
        }
        if (month.plusMonths(1).isAfter(LocalDate.now())) {
            throw new InvalidInputException("month", "只能对已结束的月份结账");
        }
        if (closed.existsByFundsMonth(month)) {
            throw new ConflictException(YearMonth.from(month) + " 已结账");
        }
        return closed.saveAndFlush(new ClosedMonth(month, user.displayName() == null ? user.username() : user.displayName()));
    }
}
