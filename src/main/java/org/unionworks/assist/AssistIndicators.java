package org.unionworks.assist;

import java.math.BigDecimal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.figures.Indicator;

/** Archive figures: files in the archive on a date, new files, exits and aid in a period. */
@Configuration(proxyBeanMethods = false)
class AssistIndicators {

    private final JdbcClient jdbc;

    AssistIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    Indicator filesInArchive() {
        return Indicator.of("assist.files", "在档困难职工数", "户", true,
                "统计日已建档（审批通过）且尚未退出的困难职工档案数", s -> s.count(jdbc, """
                        select count(*) from hardship_file f
                         where %s and f.filed_on <= :on and (f.exit_on is null or f.exit_on > :on)""", "f.union_id"));
    }

    @Bean
    Indicator newFiles() {
        return Indicator.of("assist.newFiles", "新建档困难职工数", "户", false, "统计期间内审批建档的困难职工档案数",
                s -> s.count(jdbc, """
                        select count(*) from hardship_file f
                         where %s and f.filed_on between :from and :to""", "f.union_id"));
    }

    @Bean
    Indicator exits() {
        return Indicator.of("assist.exits", "解困退出数", "户", false, "统计期间内退出（解困脱困等）的困难职工档案数",
                s -> s.count(jdbc, """
                        select count(*) from hardship_file f
                         where %s and f.exit_on between :from and :to""", "f.union_id"));
    }

    @Bean
    Indicator aidAmount() {
        return Indicator.of("assist.aidAmount", "帮扶资金", "万元", false,
                "统计期间内发放的帮扶资金（含临时救助），以万元计，保留两位小数", s -> s.query(jdbc, """
                        select coalesce(sum(a.amount), 0) from aid_record a
                         where %s and a.aid_on between :from and :to""", "a.union_id").query(BigDecimal.class)
                        .single().divide(BigDecimal.valueOf(10_000), 2, java.math.RoundingMode.HALF_UP));
    }

    @Bean
    Indicator aidedHouseholds() {
        return Indicator.of("assist.aided", "受帮扶困难职工数", "户", false, "统计期间内得到至少一次帮扶的在档困难职工户数",
                s -> s.count(jdbc, """
                        select count(distinct a.file_id) from aid_record a
                         where %s and a.file_id is not null and a.aid_on between :from and :to""", "a.union_id"));
    }
}
