package org.unionworks.honor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;

/** The stages of a nomination, as rules: no database, no web. */
class NominationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    private static Nomination fresh() {
        return new Nomination(1, 2, 3, "张三", null, "滨海制造", "钳工", "技术革新12项", Set.of());
    }

    @Test
    void approvalWalksEveryStageAndThe公示WindowIsRequiredAtCityReview() {
        Nomination n = fresh();
        assertThat(n.approve(null, null, null, TODAY, 0, "district").getNote()).isEqualTo("区县审核通过");
        assertThat(n.getStage()).isEqualTo(NominationStage.CITY_REVIEW);

        assertThatThrownBy(() -> n.approve("好", null, null, TODAY, 0, "city")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> n.approve("好", TODAY.plusDays(5), TODAY, TODAY, 0, "city"))
                .as("a window that ends before it starts").isInstanceOf(InvalidInputException.class);
        n.approve("同意公示", TODAY, TODAY.plusDays(6), TODAY, 0, "city");
        assertThat(n.getStage()).isEqualTo(NominationStage.NOTICE);
        assertThat(n.inNoticeOn(TODAY.plusDays(6))).isTrue();
        assertThat(n.inNoticeOn(TODAY.plusDays(7))).isFalse();

        assertThatThrownBy(() -> n.approve(null, null, null, TODAY.plusDays(6), 0, "city"))
                .as("審定 waits for the window to end").isInstanceOf(ConflictException.class).hasMessageContaining("期满后");
        assertThatThrownBy(() -> n.approve(null, null, null, TODAY.plusDays(7), 2, "city"))
                .as("open objections hold it").isInstanceOf(ConflictException.class).hasMessageContaining("2条异议");
        n.approve(null, null, null, TODAY.plusDays(7), 0, "city");
        assertThat(n.getStage()).isEqualTo(NominationStage.DECISION);
        n.approve(null, null, null, TODAY.plusDays(8), 0, "city");
        var last = n.approve("上报全总", null, null, TODAY.plusDays(9), 0, "city");
        assertThat(last.getStage()).isEqualTo(NominationStage.REPORT);
        assertThat(n.getStage()).isEqualTo(NominationStage.REPORTED);
        assertThatThrownBy(() -> n.approve(null, null, null, TODAY.plusDays(10), 0, "city")).isInstanceOf(ConflictException.class);
    }

    @Test
    void aReturnedNominationIsCorrectedAndStartsAgainAtDistrictReview() {
        Nomination n = fresh();
        n.approve(null, null, null, TODAY, 0, "district");
        assertThatThrownBy(() -> n.resubmit("改", "union")).as("only a returned one").isInstanceOf(ConflictException.class);
        var step = n.returnFor("事迹材料不完整", "city");
        assertThat(step.getAction()).isEqualTo(NominationStep.Action.RETURN);
        assertThat(step.getStage()).isEqualTo(NominationStage.CITY_REVIEW);
        assertThat(n.getStatus()).isEqualTo(NominationStatus.RETURNED);
        assertThatThrownBy(() -> n.approve(null, null, null, TODAY, 0, "city")).isInstanceOf(ConflictException.class);

        n.resubmit("技术革新12项，获国家专利3项", "union");
        assertThat(n.getStatus()).isEqualTo(NominationStatus.ACTIVE);
        assertThat(n.getStage()).isEqualTo(NominationStage.DISTRICT_REVIEW);
        assertThat(n.getAchievements()).contains("专利");
    }

    @Test
    void aRejectedNominationStopsAndFreesItsQuotaPlace() {
        Nomination n = fresh();
        assertThat(n.counts()).isTrue();
        n.reject("不符合推荐条件", "district");
        assertThat(n.counts()).isFalse();
        assertThatThrownBy(() -> n.approve(null, null, null, TODAY, 0, "district")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> n.resubmit("改", "union")).isInstanceOf(ConflictException.class);
    }
}
