package org.unionworks.member;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.reminder.PendingWork;

/** Transfers waiting to be received and online applications waiting for review, in the user's subtree. */
@Component
class MemberTodos implements PendingWork {

    private final JdbcClient jdbc;
    private final SqlScopes sqlScopes;
    private final JoinApplicationRepository applications;

    MemberTodos(JdbcClient jdbc, SqlScopes sqlScopes, JoinApplicationRepository applications) {
        this.jdbc = jdbc;
        this.sqlScopes = sqlScopes;
        this.applications = applications;
    }

    @Override
    public List<Todo> pending() {
        if (!CurrentUsers.require().can("member:read")) {
            return List.of();
        }
        List<Todo> out = new ArrayList<>();
        var incoming = sqlScopes.mine("t.to_union_id");
        long transfers = incoming.bind(jdbc.sql("select count(*) from member_transfer t where " + incoming.sql()
                + " and t.status = 'PENDING'")).query(Long.class).single();
        out.add(new Todo("TRANSFER_PENDING", "会员转接待接收", transfers, "/transfers?direction=in&status=PENDING"));
        out.add(new Todo("JOIN_PENDING", "入会申请待审核", applications.countByStatus(ApplicationStatus.PENDING),
                "/join-applications?status=PENDING"));
        return out;
    }
}
