package org.unionworks.member;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.org.OrgDirectory;
import org.unionworks.org.UnionInfo;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.DistrictRows;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;

/**
 * 会员转接. The member stays in the sending union until the receiving union accepts, so they are
 * never in two unions; on acceptance the membership moves with its whole history.
 */
@Service
class TransferService {

    private final TransferRepository transfers;
    private final MemberService members;
    private final OrgDirectory directory;
    private final Scopes scopes;
    private final JdbcClient jdbc;
    private final DistrictRows districts;
    private final MemberHistory history;

    TransferService(TransferRepository transfers, MemberService members, OrgDirectory directory, Scopes scopes,
                    JdbcClient jdbc, DistrictRows districts, MemberHistory history) {
        this.transfers = transfers;
        this.members = members;
        this.directory = directory;
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.districts = districts;
        this.history = history;
    }

    @Transactional
    Transfer request(long memberId, long toUnionId, String reason) {
        Member m = members.get(memberId);
        if (!m.getStatus().current()) {
            throw new ConflictException("该会员已" + m.getStatus().label + "，不能办理转接");
        }
        UnionInfo to = directory.anyUnion(toUnionId).orElseThrow(() -> new InvalidInputException("toUnionId", "转入工会不存在"));
        if (!to.active() || !to.holdsMembers()) {
            throw new InvalidInputException("toUnionId", "转入工会须为存续的基层工会（或其分工会、工会小组）");
        }
        if (to.id() == m.getUnionId()) {
            throw new InvalidInputException("toUnionId", "转入工会与会员现在的工会相同");
        }
        if (jdbc.sql("select count(*) from member_transfer where pending_member_id = :m").param("m", memberId)
                .query(Long.class).single() > 0) {
            throw new ConflictException("该会员已有一笔待接收的转接，请等待对方处理或先撤回");
        }
        return transfers.saveAndFlush(new Transfer(memberId, m.getUnionId(), to.id(), reason, LocalDate.now(), user()));
    }

    /** The receiving union (or one above it) accepts: the member moves there with its history. */
    @Transactional
    Transfer accept(long id) {
        Transfer t = pending(id);
        requireSide(t.getToUnionId(), "只有转入工会（或其上级工会）可以接收");
        UnionInfo to = directory.anyUnion(t.getToUnionId()).orElseThrow();
        if (!to.active()) {
            throw new ConflictException("转入工会已撤销或合并，请退回后重新办理");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String from = directory.anyUnion(t.getFromUnionId()).map(UnionInfo::name).orElse("");
        int moved = districts.set("member", "id = :id and union_id = :from and status in ('ACTIVE', 'RESERVED')",
                Map.of("id", t.getMemberId(), "from", t.getFromUnionId(), "to", to.id(), "now", now), to.districtId(),
                Map.of("union_id", ":to", "version", "version + 1", "updated_at", ":now"));
        if (moved == 0) {
            throw new ConflictException("该会员的会籍已发生变化，转接无法完成，请退回");
        }
        history.follow("id = :id", Map.of("id", t.getMemberId()), to.districtId());
        jdbc.sql("""
                insert into member_status_change (member_id, union_id, district_id, from_status, to_status, changed_on, reason,
                                                  changed_by, created_at)
                select id, union_id, district_id, status, status, :on, :reason, :by, :now from member where id = :id""")
                .param("on", LocalDate.now()).param("reason", "会员转接：由“" + from + "”转入“" + to.name() + "”")
                .param("by", user()).param("now", now).param("id", t.getMemberId()).update();
        t.decide(TransferStatus.ACCEPTED, LocalDate.now(), user(), null);
        return transfers.saveAndFlush(t);
    }

    @Transactional
    Transfer reject(long id, String note) {
        Transfer t = pending(id);
        requireSide(t.getToUnionId(), "只有转入工会（或其上级工会）可以退回");
        t.decide(TransferStatus.REJECTED, LocalDate.now(), user(), note);
        return transfers.saveAndFlush(t);
    }

    @Transactional
    Transfer cancel(long id) {
        Transfer t = pending(id);
        requireSide(t.getFromUnionId(), "只有转出工会（或其上级工会）可以撤回");
        t.decide(TransferStatus.CANCELLED, LocalDate.now(), user(), "转出工会撤回");
        return transfers.saveAndFlush(t);
    }

    private Transfer pending(long id) {
        Transfer t = transfers.findById(id).orElseThrow(() -> new NotFoundException("会员转接"));
        if (!t.isPending()) {
            throw new ConflictException("该转接已办结");
        }
        return t;
    }

    private void requireSide(long unionId, String message) {
        if (!scopes.isVisible(unionId)) {
            throw new org.unionworks.platform.error.ForbiddenException(message);
        }
    }

    private static String user() {
        return CurrentUsers.require().username();
    }
}
