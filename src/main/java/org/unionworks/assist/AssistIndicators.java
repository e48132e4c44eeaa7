package org.unionworks.assist;

import java.math.BigDecimal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.figures.Dimension;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;

/** Archive figures: files in the archive on a date, new files, exits and aid in a period. */
@Configuration(proxyBeanMethods = false)
class AssistIndicators {

    private final JdbcClient jdbc;

    AssistIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final Dimension CATEGORY = Dimension.ofDictionary("hardshipCategory", "困难类别", "hardship_category");
    private static final Dimension EXIT_REASON = Dimension.ofDictionary("exitReason", "退出原因", "exit_reason");
    private static final Dimension AID_KIND = Dimension.ofDictionary("aidKind", "帮扶类别", "aid_kind");
    private static final String FILES_ON = " from hardship_file f where %s and f.filed_on <= :on and (f.exit_on is null or f.exit_on > :on)";
    private static final String FILED = " from hardship_file f where %s and f.filed_on between :from and :to";
    private static final String EXITED = " from hardship_file f where %s and f.exit_on between :from and :to";
    private static final String AID = " from aid_record a where %s and a.aid_on between :from and :to";

    @Bean
    Indicator filesInArchive() {
        return files("assist.files", "在档困难职工数", true, "统计日已建档（审批通过）且尚未退出的困难职工档案数", FILES_ON);
    }

    @Bean
    Indicator newFiles() {
        return files("assist.newFiles", "新建档困难职工数", false, "统计期间内审批建档的困难职工档案数", FILED);
    }

    @Bean
    Indicator exits() {
        return files("assist.exits", "解困退出数", false, "统计期间内退出（解困脱困等）的困难职工档案数", EXITED)
                .by(EXIT_REASON, s -> s.parts(jdbc, "select f.exit_reason, count(*)" + EXITED + " group by f.exit_reason", "f.union_id"));
    }

    /** A count of needy-worker files, by category. */
    private Indicator.Definition files(String key, String name, boolean stock, String definition, String from) {
        return Indicator.of(key, name, "户", stock, definition, s -> s.count(jdbc, "select count(*)" + from, "f.union_id"))
                .by(CATEGORY, s -> s.parts(jdbc, "select f.category, count(*)" + from + " group by f.category", "f.union_id"));
    }

    @Bean
    Indicator aidAmount() {
        return Indicator.of("assist.aidAmount", "帮扶资金", "万元", false,
                        "统计期间内发放的帮扶资金（含临时救助），以万元计，保留两位小数",
                        s -> Figures.tenThousands(s.query(jdbc, "select coalesce(sum(a.amount), 0)" + AID, "a.union_id")
                                .query(BigDecimal.class).single()))
                .by(AID_KIND, s -> Figures.tenThousands(s.parts(jdbc, "select a.kind, sum(a.amount)" + AID + " group by a.kind", "a.union_id")));
    }

    @Bean
    Indicator aidedHouseholds() {
        return Indicator.of("assist.aided", "受帮扶困难职工数", "户", false, "统计期间内得到至少一次帮扶的在档困难职工户数",
                s -> s.count(jdbc, """
                        select count(distinct a.file_id) from aid_record a
                         where %s and a.file_id is not null and a.aid_on between :from and :to""", "a.union_id"));
    }

    @Bean
    Indicator aidTimes() {
        return Indicator.of("assist.aidTimes", "帮扶人次", "人次", false,
                        "统计期间内的帮扶人次（含临时救助）：每笔帮扶到一人（职工本人或档案中的家庭成员）为一人次",
                        s -> s.count(jdbc, "select count(*)" + AID, "a.union_id"))
                .by(AID_KIND, s -> s.parts(jdbc, "select a.kind, count(*)" + AID + " group by a.kind", "a.union_id"));
    }

    @Bean
    Indicator aidedPersons() {
        return Indicator.of("assist.aidedPersons", "受帮扶人数", "人", false,
                "统计期间内得到帮扶的人数（含临时救助）：同一人多次受助计一人；资助家庭成员（如金秋助学的子女）按受助人计",
                s -> s.count(jdbc, """
                        select count(*) from (select distinct a.file_id, coalesce(a.beneficiary, ''), r.id_number
                          from aid_record a left join temp_relief r on r.id = a.relief_id
                         where %s and a.aid_on between :from and :to) persons""", "a.union_id"));
    }

    @Bean
    Indicator reliefHouseholds() {
        return Indicator.of("assist.reliefHouseholds", "临时救助户数", "户", false,
                "统计期间内得到临时救助（未建档）的户数，按救助对象身份证号计，同一户多次救助计一户",
                s -> s.count(jdbc, "select count(distinct r.id_number) from temp_relief r where %s and r.relief_on between :from and :to",
                        "r.union_id"));
    }
}
