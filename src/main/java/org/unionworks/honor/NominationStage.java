package org.unionworks.honor;

/** The stages a nomination passes, in order: 区县审核 → 市总评审 → 公示 → 审定 → 上报, then 已上报. */
enum NominationStage {
    DISTRICT_REVIEW("区县审核"), CITY_REVIEW("市总评审"), NOTICE("公示"), DECISION("审定"), REPORT("上报"), REPORTED("已上报");

    private final String label;

    NominationStage(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    NominationStage next() {
        return values()[ordinal() + 1];
    }

    /** 区县审核 is done by any union above the nominating one; every later stage by the organizer or above. */
    boolean byOrganizer() {
        return this != DISTRICT_REVIEW;
    }
}
