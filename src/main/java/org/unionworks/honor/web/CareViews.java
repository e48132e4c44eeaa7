package org.unionworks.honor.web;

import java.math.BigDecimal;

/** 关爱劳模 in figures. */
public final class CareViews {

    private CareViews() {
    }


    /** An honoree with an open needy-worker file or hardship aid in the year. */
    public record InHardship(long id, String name, String unionName, String level, boolean openHardshipFile, BigDecimal hardshipAid) {
    }
}
