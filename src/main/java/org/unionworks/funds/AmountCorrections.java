package org.unionworks.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.funds.web.AmountCorrection;
import org.unionworks.platform.error.InvalidInputException;

/**
 * What every correction of a booked amount (a return, an allocation) must be: of an original entry, dated between it and
 * today in an open month, and not zero. Answers the original's amount once it and its corrections, this one included,
 * are added up, for the caller's own bound.
 */
@Component
class AmountCorrections {

    private final FundsMonths months;
    private final JdbcClient jdbc;

    AmountCorrections(FundsMonths months, JdbcClient jdbc) {
        this.months = months;
        this.jdbc = jdbc;
    }

    /** {@code what} names the entries (返还, 拨付); {@code table} holds them, with {@code amount} and {@code correction_of}. */
    BigDecimal totalAfter(String table, String what, long id, boolean aCorrection, LocalDate bookedOn, AmountCorrection r) {
        if (aCorrection) {
            throw new InvalidInputException("id", "请对原始" + what + "记录录入更正，不能更正一条更正记录");
        }
        if (r.on().isAfter(LocalDate.now()) || r.on().isBefore(bookedOn)) {
            throw new InvalidInputException("on", "更正日期应在原" + what + "日期之后、今天之前");
        }
        months.requireOpen(r.on(), "该月份的记录");
        if (r.amount().signum() == 0) {
            throw new InvalidInputException("amount", "更正金额为0，无需更正");
        }
        return jdbc.sql("select sum(amount) from " + table + " where id = :id or correction_of = :id").param("id", id)
                .query(BigDecimal.class).single().add(r.amount());
    }
}
