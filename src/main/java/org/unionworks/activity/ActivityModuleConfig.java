package org.unionworks.activity;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.figures.Dimension;
import org.unionworks.figures.FigureScope;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;
import org.unionworks.platform.access.PermissionGroup;

/** Permissions and figures of cadre activities. */
@Configuration(proxyBeanMethods = false)
class ActivityModuleConfig {

    private final JdbcClient jdbc;

    ActivityModuleConfig(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    PermissionGroup activityPermissions() {
        return PermissionGroup.of("activity", "干部工作", "activity:read", "查看学习培训、调研、工作组", "activity:write", "维护学习培训、调研、工作组");
    }

    private static final Dimension KIND = Dimension.ofDictionary("activityKind", "活动类别", "activity_kind");

    /** The period's activities of one kind in a scope: how many, their participants, how many of them with participants unknown. */
    private record Held(long events, long participants, long unknown) {
    }

    /** The period's activities of the scope by kind, read once for all the activity figures of one computation. */
    private Map<String, Held> heldByKind(FigureScope s) {
        return Figures.once(s, "activity.heldByKind", () -> {
            Map<String, Held> byKind = new HashMap<>();
            s.query(jdbc, """
                    select a.kind, count(*), coalesce(sum(a.participants), 0), count(*) - count(a.participants)
                      from activity a where %s and a.held_on between :from and :to group by a.kind""", "a.union_id")
                    .query(rs -> {
                        byKind.put(rs.getString(1), new Held(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                    });
            return byKind;
        });
    }

    private long total(FigureScope s, ToLongFunction<Held> measure) {
        return heldByKind(s).values().stream().mapToLong(measure).sum();
    }

    private Map<String, Number> parts(FigureScope s, ToLongFunction<Held> measure) {
        Map<String, Number> parts = new HashMap<>();
        heldByKind(s).forEach((kind, held) -> parts.put(kind, measure.applyAsLong(held)));
        return parts;
    }

    private static String unknownParticipants(long unknown) {
        return unknown == 0 ? null : "其中" + unknown + "场活动参加人数未知，未计入";
    }

    @Bean
    Indicator activities() {
        return Indicator.of("activity.events", "举办活动", "场", false, "统计期间内登记的各类活动（学习会、培训、竞赛、职工服务）场次",
                        s -> total(s, Held::events))
                .by(KIND, s -> parts(s, Held::events));
    }

    @Bean
    Indicator participants() {
        return Indicator.of("activity.participants", "活动参加人次", "人次", false, "统计期间内各类活动的参加人次之和（参加人数未知的活动不计）",
                        s -> total(s, Held::participants))
                .by(KIND, s -> parts(s, Held::participants))
                .caveat(s -> unknownParticipants(total(s, Held::unknown)));
    }

    /** How many activities of one kind the period held in the scope. */
    private Indicator.Definition eventsOf(String key, String name, String unit, String definition, String kind) {
        return Indicator.of(key, name, unit, false, definition, s -> heldByKind(s).getOrDefault(kind, NONE).events());
    }

    /** The participants of one kind's activities, with how many of them had an unknown number. */
    private Indicator.Definition participantsOf(String key, String name, String definition, String kind) {
        return Indicator.of(key, name, "人次", false, definition, s -> heldByKind(s).getOrDefault(kind, NONE).participants())
                .caveat(s -> unknownParticipants(heldByKind(s).getOrDefault(kind, NONE).unknown()));
    }

    private static final Held NONE = new Held(0, 0, 0);

    @Bean
    Indicator workerTrainings() {
        return eventsOf("activity.workerTrainings", "职工技能培训", "期", "统计期间内举办的职工技能培训期数（不含干部业务培训）", "WORKER_TRAINING");
    }

    @Bean
    Indicator workerTrainees() {
        return participantsOf("activity.workerTrainees", "职工技能培训人次", "统计期间内职工技能培训的参加人次之和（参加人数未知的不计）", "WORKER_TRAINING");
    }

    @Bean
    Indicator contests() {
        return eventsOf("activity.contests", "劳动和技能竞赛", "场", "统计期间内举办的大比武、技能竞赛场次", "CONTEST");
    }

    @Bean
    Indicator contestants() {
        return participantsOf("activity.contestants", "竞赛参赛人次", "统计期间内大比武、技能竞赛的参加人次之和（参加人数未知的不计）", "CONTEST");
    }

    @Bean
    Indicator jobServices() {
        return eventsOf("activity.jobServices", "就业服务活动", "场", "统计期间内举办的“春风行动”“春送岗位”等就业服务活动场次", "JOB_SERVICE");
    }

    @Bean
    Indicator jobServiceParticipants() {
        return participantsOf("activity.jobServiceParticipants", "就业服务人次", "统计期间内就业服务活动服务职工的人次之和（人数未知的不计）", "JOB_SERVICE");
    }

    @Bean
    Indicator trainings() {
        return eventsOf("activity.trainings", "业务培训", "期", "统计期间内举办的干部业务培训期数（职工技能培训另计）", "TRAINING");
    }

    @Bean
    Indicator trainingParticipants() {
        return participantsOf("activity.trainingParticipants", "培训人次", "统计期间内业务培训的参加人次之和（参加人数未知的不计）", "TRAINING");
    }

    @Bean
    Indicator studySessions() {
        return eventsOf("activity.studySessions", "专题学习会", "次", "统计期间内举办的专题学习会次数", "STUDY");
    }

    @Bean
    Indicator workGroups() {
        return Indicator.of("activity.workGroups", "蹲点工作组", "个", false, "统计期间内在岗（进驻期与统计期间有交集）的蹲点工作组数",
                s -> s.count(jdbc, """
                        select count(*) from work_group g
                         where %s and g.starts_on <= :to and (g.ends_on is null or g.ends_on >= :from)""", "g.union_id"));
    }

    @Bean
    Indicator unionsReached() {
        return Indicator.of("activity.unionsReached", "蹲点覆盖基层工会", "家", false, "统计期间内有蹲点工作组进驻的基层工会数",
                s -> s.count(jdbc, """
                        select count(distinct g.stationed_union_id) from work_group g
                         where %s and g.starts_on <= :to and (g.ends_on is null or g.ends_on >= :from)""", "g.union_id"));
    }

    @Bean
    Indicator practicalMatters() {
        return Indicator.of("activity.practicalMatters", "办成实事", "件", false, "统计期间内蹲点工作组办成的实事件数", s -> s.count(jdbc, """
                select count(*) from practical_matter m
                 where %s and m.done_on between :from and :to""", "m.union_id"));
    }

    @Bean
    Indicator unitsVisited() {
        return Indicator.of("activity.unitsVisited", "调研走访单位", "家", false, "统计期间内结束的调研走访的基层工会和企业数", s -> s.count(jdbc, """
                select coalesce(sum(r.visited_count), 0) from research_round r
                 where %s and r.ends_on between :from and :to""", "r.union_id"));
    }

    /** A closed union's activities, research rounds and work groups (and those stationed at it) pass to its successor. */
    @Bean
    org.unionworks.platform.data.Handover.OwnedBy activityRowsOwnedByUnions() {
        return new org.unionworks.platform.data.Handover.OwnedBy("activity.union_id", "research_round.union_id", "work_group.union_id", "work_group.stationed_union_id", "practical_matter.union_id");
    }
}
