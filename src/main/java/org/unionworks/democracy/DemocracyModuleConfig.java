package org.unionworks.democracy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.platform.access.PermissionGroup;
import org.unionworks.platform.access.SubtreeDistricts;
import org.unionworks.platform.data.Handover;
import org.unionworks.platform.error.ConstraintMessages;
import org.unionworks.platform.reminder.ReminderSource;

/**
 * Permissions, database messages, handover and reminders of 民主管理: a contract ending within 90 days that nobody has
 * started to renew, and a signed contract not filed within the days the rules give (集体合同规定: submitted within 10 days
 * of signing; configurable).
 */
@Configuration(proxyBeanMethods = false)
class DemocracyModuleConfig {

    @Bean
    PermissionGroup democracyPermissions() {
        return PermissionGroup.of("democracy", "民主管理", "democracy:read", "查看集体合同等民主管理台账",
                "democracy:write", "维护集体合同的要约、协商、签订、备案、终止和续签，职代会、提案和厂务公开，按程序办理换届选举（上级工会审批预备人选和选举结果）");
    }

    @Bean
    ConstraintMessages democracyConstraintMessages() {
        return new ConstraintMessages(Map.of("uq_contract_employer", "该单位已在本合同覆盖范围内",
                "uq_workers_congress", "该单位已登记职代会制度",
                "ck_congress_session_numbers", "人数不合理：实到不能超过应到，一线职工和女职工代表不能超过实到",
                "ck_contract_term", "合同期限不合理：终止日期应晚于生效日期，生效日期不早于要约日期",
                "ck_contract_filed", "备案日期和备案编号须同时填写，备案日期不能早于签订日期"));
    }

    @Bean
    ConstraintMessages electionConstraintMessages() {
        return new ConstraintMessages(Map.ofEntries(
                Map.entry("uq_election_process", "该换届选举已在按程序办理"),
                Map.entry("uq_election_candidate", "该会员已是这个委员会的候选人"),
                Map.entry("uq_election_ballot", "该会员已领取选票，不能重复领取"),
                Map.entry("ck_election_candidate_women", "女职工委员会委员候选人须为女会员"),
                Map.entry("ck_election_process_ballots", "选票数不合理：收回不能多于发出，发出不能多于应到会有选举权人数"),
                Map.entry("uq_womens_committee", "该工会已登记女职工委员会"),
                Map.entry("uq_womens_protection", "该单位该年度已有女职工特殊劳动保护记录"),
                Map.entry("ck_womens_protection_counts", "人数不合理：不能为负数，筛查人数不能多于女职工人数"),
                Map.entry("uq_members_congress", "该工会已登记会员代表大会"),
                Map.entry("uq_congress_representative", "该会员已在代表名单中"),
                Map.entry("ck_members_congress_meeting", "人数不合理：实到不能多于应到")));
    }

    /** Contracts, 职代会, disclosures and protections keep their union's district: one district's figures find them by it. */
    @Bean
    SubtreeDistricts.Kept democracyRowsKeepingDistricts() {
        return new SubtreeDistricts.Kept("collective_contract", "workers_congress", "disclosure", "womens_protection")
                .and(new SubtreeDistricts.Child("congress_session", "congress_id", "workers_congress"))
                .and(new SubtreeDistricts.Child("congress_proposal", "session_id", "congress_session"));
    }

    @Bean
    Handover.OwnedBy democracyRowsOwnedByUnions() {
        return new Handover.OwnedBy("collective_contract.union_id", "workers_congress.union_id", "disclosure.union_id",
                "womens_protection.union_id");
    }

    @Bean
    ReminderSource expiringContracts(JdbcClient jdbc) {
        return new ReminderSource() {
            public String kind() { return "CONTRACT_EXPIRING"; }
            public String label() { return "集体合同90天内到期"; }
            public String link() { return "/collective-contracts?tab=expiring"; }
            public List<Due> collect(LocalDate today) {
                return jdbc.sql("""
                                select c.union_id, c.id, c.title, c.ends_on from collective_contract c
                                 where c.status in ('SIGNED', 'FILED') and c.ends_on >= :today and c.ends_on < :until
                                   and not exists (select 1 from collective_contract n where n.renews_id = c.id and n.district_id = c.district_id)
                                 order by c.ends_on""")
                        .param("today", today).param("until", today.plusDays(91))
                        .query((rs, n) -> new Due(rs.getLong(1), "CollectiveContract", rs.getLong(2), rs.getString(3) + " 将于 "
                                + rs.getObject(4, LocalDate.class) + " 到期，请及时续签", rs.getObject(4, LocalDate.class))).list();
            }
        };
    }

    @Bean
    ReminderSource unfiledContracts(JdbcClient jdbc, @Value("${unionworks.democracy.filing-days:10}") int filingDays) {
        return new ReminderSource() {
            public String kind() { return "CONTRACT_UNFILED"; }
            public String label() { return "集体合同签订后未报送审查备案"; }
            public String link() { return "/collective-contracts?status=SIGNED"; }
            public List<Due> collect(LocalDate today) {
                return jdbc.sql("""
                                select c.union_id, c.id, c.title, c.signed_on from collective_contract c
                                 where c.status = 'SIGNED' and c.signed_on < :since order by c.signed_on""")
                        .param("since", today.minusDays(filingDays))
                        .query((rs, n) -> {
                            LocalDate due = rs.getObject(4, LocalDate.class).plusDays(filingDays);
                            return new Due(rs.getLong(1), "CollectiveContract", rs.getLong(2), rs.getString(3) + " 已于 "
                                    + rs.getObject(4, LocalDate.class) + " 签订，应在 " + due + " 前报送审查备案", due);
                        }).list();
            }
        };
    }

    /** 企业民主管理规定: 职工代表大会 meets at least once a year; a system without a session in the last 12 months is reminded. */
    @Bean
    ReminderSource congressesNotHeld(JdbcClient jdbc) {
        return new ReminderSource() {
            public String kind() { return "CONGRESS_NOT_HELD"; }
            public String label() { return "职代会一年内未召开"; }
            public String link() { return "/workers-congresses"; }
            public List<Due> collect(LocalDate today) {
                LocalDate yearAgo = today.minusYears(1);
                return jdbc.sql("""
                                select w.union_id, w.id, w.established_on, s.last_held_on
                                  from workers_congress w
                                  left join (select congress_id, district_id, max(held_on) as last_held_on from congress_session
                                              group by congress_id, district_id) s
                                    on s.congress_id = w.id and s.district_id = w.district_id
                                 where w.abolished_on is null and w.established_on < :yearAgo
                                   and (s.last_held_on is null or s.last_held_on <= :yearAgo)""")
                        .param("yearAgo", yearAgo)
                        .query((rs, n) -> {
                            LocalDate last = rs.getObject(4, LocalDate.class);
                            LocalDate due = (last == null ? rs.getObject(3, LocalDate.class) : last).plusYears(1);
                            return new Due(rs.getLong(1), "WorkersCongress", rs.getLong(2), "职代会（编号" + rs.getLong(2) + "）"
                                    + (last == null ? "建立后尚未召开会议" : "上次于 " + last + " 召开，已超过一年未召开"), due);
                        }).list();
            }
        };
    }

    /** 《工会女职工委员会工作条例》: a union with at least the threshold of women members (10) sets up a 女职工委员会. */
    @Bean
    ReminderSource womensCommitteesMissing(JdbcClient jdbc, org.unionworks.member.MemberDirectory members,
                                           org.unionworks.platform.access.OrgTree orgTree,
                                           @Value("${unionworks.democracy.womens-committee-threshold:10}") int threshold) {
        return new ReminderSource() {
            public String kind() { return "WOMENS_COMMITTEE_MISSING"; }
            public String label() { return "应建未建女职工委员会"; }
            public String link() { return "/womens-work?tab=lacking"; }
            public List<Due> collect(LocalDate today) {
                Map<Long, Long> women = members.womenMembersByUnion(orgTree.rootId(), threshold);
                var having = new java.util.HashSet<>(jdbc.sql("select union_id from womens_committee where dissolved_on is null")
                        .query(Long.class).list());
                return women.entrySet().stream().filter(e -> !having.contains(e.getKey()) && orgTree.isActive(e.getKey()))
                        .map(e -> new Due(e.getKey(), "UnionOrg", e.getKey(), orgTree.nameOf(e.getKey()).orElse("") + " 有女会员 " + e.getValue()
                                + " 人，尚未建立女职工委员会", today)).toList();
            }
        };
    }

    /** 《基层工会会员代表大会条例》: a standing 会员代表大会 meets at least once a year. */
    @Bean
    ReminderSource membersCongressesNotHeld(JdbcClient jdbc) {
        return new ReminderSource() {
            public String kind() { return "MEMBERS_CONGRESS_NOT_HELD"; }
            public String label() { return "常任制会员代表大会一年内未召开"; }
            public String link() { return "/members-congresses"; }
            public List<Due> collect(LocalDate today) {
                LocalDate yearAgo = today.minusYears(1);
                return jdbc.sql("""
                                select c.union_id, c.id, c.established_on,
                                       (select max(m.held_on) from members_congress_meeting m where m.congress_id = c.id)
                                  from members_congress c
                                 where c.standing and c.established_on < :yearAgo and (c.term_ends_on is null or c.term_ends_on >= :today)
                                   and not exists (select 1 from members_congress_meeting m where m.congress_id = c.id and m.held_on > :yearAgo)""")
                        .param("yearAgo", yearAgo).param("today", today)
                        .query((rs, n) -> {
                            LocalDate last = rs.getObject(4, LocalDate.class);
                            LocalDate due = (last == null ? rs.getObject(3, LocalDate.class) : last).plusYears(1);
                            return new Due(rs.getLong(1), "MembersCongress", rs.getLong(2), "会员代表大会（编号" + rs.getLong(2) + "）"
                                    + (last == null ? "建立后尚未召开会议" : "上次于 " + last + " 召开，已超过一年未召开"), due);
                        }).list();
            }
        };
    }
}
