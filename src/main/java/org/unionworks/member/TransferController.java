package org.unionworks.member;

import org.unionworks.platform.web.BulkActions;
import org.unionworks.platform.web.BulkRequest;
import org.unionworks.platform.web.BulkResult;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.member.web.NoteRequest;
import org.unionworks.member.web.TransferRequest;
import org.unionworks.member.web.TransferView;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;

import jakarta.validation.Valid;

/** 会员转接 for both sides: transfers out of and into the caller's subtree. */
@RestController
class TransferController {

    private static final String SELECT = """
            select t.id, t.member_id, m.name, m.id_number, t.from_union_id, t.to_union_id, t.status,
                   t.reason, t.requested_on, t.requested_by, t.decided_on, t.decided_by, t.decision_note
              from member_transfer t join member m on m.id = t.member_id""";

    private final TransferService service;
    private final OrgTree orgTree;
    private final JdbcClient jdbc;

    private final org.unionworks.platform.access.SqlScopes sqlScopes;

    private final BulkActions bulk;

    TransferController(TransferService service, OrgTree orgTree, JdbcClient jdbc, org.unionworks.platform.access.SqlScopes sqlScopes, BulkActions bulk) {
        this.bulk = bulk;
        this.sqlScopes = sqlScopes;
        this.service = service;
        this.orgTree = orgTree;
        this.jdbc = jdbc;
    }

    @PostMapping("/api/members/{id}/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('member:write')")
    TransferView request(@PathVariable long id, @Valid @RequestBody TransferRequest body) {
        return one(service.request(id, body.toUnionId(), Texts.clean(body.reason())).getId());
    }

    /** {@code direction=in}: transfers into the caller's subtree; {@code out}: out of it. */
    @GetMapping("/api/transfers")
    @PreAuthorize("hasAuthority('member:read')")
    @Transactional(readOnly = true)
    PageResponse<TransferView> list(@RequestParam String direction, @RequestParam(required = false) String status,
                                    Pageable pageable) {
        var side = sqlScopes.mine(switch (direction) {
            case "in" -> "t.to_union_id";
            case "out" -> "t.from_union_id";
            default -> throw new InvalidInputException("direction", "direction 只能是 in 或 out");
        });
        String where = " where " + side.sql() + " and (:s = '' or t.status = :s)";
        String s = status == null ? "" : status.strip();
        long total = side.bind(jdbc.sql("select count(*) from member_transfer t" + where))
                .param("s", s).query(Long.class).single();
        List<TransferView> items = side.bind(jdbc.sql(SELECT + where + " order by t.id desc limit :limit offset :offset"))
                .param("s", s).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> view(rs)).list();
        return PageResponse.of(new PageImpl<>(items, pageable, total));
    }

    @PostMapping("/api/transfers/{id}/accept")
    @PreAuthorize("hasAuthority('member:write')")
    TransferView accept(@PathVariable long id) {
        return one(service.accept(id).getId());
    }

    /** 批量接收: each transfer as by its own 接收; the refusals listed. */
    @PostMapping("/api/transfers/bulk-accept")
    @PreAuthorize("hasAuthority('member:write')")
    BulkResult bulkAccept(@Valid @RequestBody BulkRequest body) {
        return bulk.each(body.ids(), service::accept);
    }

    @PostMapping("/api/transfers/{id}/reject")
    @PreAuthorize("hasAuthority('member:write')")
    TransferView reject(@PathVariable long id, @Valid @RequestBody NoteRequest body) {
        return one(service.reject(id, Texts.clean(body.note())).getId());
    }

    @PostMapping("/api/transfers/{id}/cancel")
    @PreAuthorize("hasAuthority('member:write')")
    TransferView cancel(@PathVariable long id) {
        return one(service.cancel(id).getId());
    }

    private TransferView one(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query((rs, n) -> view(rs)).single();
    }

    /** Union names come from the tree's cache (a closed union keeps its name there). */
    private TransferView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        long from = rs.getLong(5);
        long to = rs.getLong(6);
        return new TransferView(rs.getLong(1), rs.getLong(2), rs.getString(3), IdNumbers.mask(rs.getString(4)),
                from, orgTree.nameOf(from).orElse(null), to, orgTree.nameOf(to).orElse(null), rs.getString(7), rs.getString(8),
                rs.getObject(9, LocalDate.class), rs.getString(10), rs.getObject(11, LocalDate.class), rs.getString(12),
                rs.getString(13));
    }
}
