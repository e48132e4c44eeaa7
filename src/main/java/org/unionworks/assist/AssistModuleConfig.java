package org.unionworks.assist;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.platform.access.PermissionGroup;
import org.unionworks.platform.error.ConstraintMessages;
import org.unionworks.platform.reminder.ReminderSource;

@Configuration(proxyBeanMethods = false)
class AssistModuleConfig {

    @Bean
    PermissionGroup assistPermissions() {
        return PermissionGroup.of("assist", "困难职工帮扶",
                "assist:read", "查看困难职工档案", "assist:write", "建档、审批、帮扶、复核、退出",
                "assist:import", "导入档案和帮扶记录", "assist:export", "导出档案",
                "assist:standard", "维护低保标准", "assist:reveal", "按完整证件号查询档案");
    }

    @Bean
    ConstraintMessages assistConstraintMessages() {
        return new ConstraintMessages(Map.of(
                "uq_hardship_file_open", "该职工已有在档或待审批的困难职工档案（一户一档）",
                "uq_living_standard", "该地区在该日期已有低保标准",
                "ck_aid_record_amount", "帮扶金额应大于0",
                "ck_hardship_file_numbers", "家庭人口应在1到30人之间，收入不能为负数"));
    }

    /** Files whose yearly review is due: a reminder for the filing union and every union above it. */
    @Bean
    ReminderSource reviewsDue(JdbcClient jdbc) {
        return new ReminderSource() {
            public String kind() { return "ASSIST_REVIEW_DUE"; }
            public String label() { return "困难职工档案待复核"; }
            public String link() { return "/hardship-files?list=REVIEW_DUE"; }
            public List<Due> collect(LocalDate today) {
                return jdbc.sql("""
                                select union_id, id, worker_name, next_review_due from hardship_file
                                 where status = 'OPEN' and next_review_due <= :today order by next_review_due""")
                        .param("today", today)
                        .query((rs, n) -> new Due(rs.getLong(1), "HardshipFile", rs.getLong(2),
                                rs.getString(3) + " 的困难职工档案应于 " + rs.getObject(4, LocalDate.class) + " 前复核",
                                rs.getObject(4, LocalDate.class)))
                        .list();
            }
        };
    }

    /** Needy-worker files keep their union's district, as members do. */
    @Bean
    org.unionworks.platform.access.SubtreeDistricts.Kept assistRowsKeepingDistricts() {
        return new org.unionworks.platform.access.SubtreeDistricts.Kept("hardship_file");
    }

    /** A closed union's needy-worker files, aid, reviews and relief pass to its successor (the files take its district first). */
    @Bean
    org.unionworks.platform.data.Handover.OwnedBy assistRowsOwnedByUnions() {
        return new org.unionworks.platform.data.Handover.OwnedBy("hardship_file.union_id", "aid_record.union_id", "file_review.union_id", "temp_relief.union_id");
    }
}
