package org.unionworks.member;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.unionworks.platform.access.DistrictRows;

/**
 * A member's history ({@code member_status_change}) lies with the member: its entries keep the member's district (V59),
 * by which Citus places them on the member's shard. Whatever moves members to another district moves their history too,
 * in the same transaction.
 */
@Component
class MemberHistory {

    private final DistrictRows rows;

    MemberHistory(DistrictRows rows) {
        this.rows = rows;
    }

    /** The history of the members matching {@code members} (a condition on {@code member}) takes {@code district}. */
    void follow(String members, Map<String, ?> params, long district) {
        rows.set("member_status_change", "member_id in (select id from member where " + members + ")", params, district);
    }
}
