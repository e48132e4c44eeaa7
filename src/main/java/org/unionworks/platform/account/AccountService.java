package org.unionworks.platform.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.access.CurrentUser;
import org.unionworks.platform.access.UnionClosed;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.error.FieldProblem;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;

/** Signing in, the lockout rule, and changing one's own password. */
@Service
class AccountService {

    sealed interface LoginOutcome {
        record Success(CurrentUser user) implements LoginOutcome {
        }

        record Failure(String message) implements LoginOutcome {
        }
    }

    private final AppUserRepository users;
    private final RoleRepository roles;
    private final Permissions permissions;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final AccountStates states;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final String dummyHash;

    AccountService(AppUserRepository users, RoleRepository roles, Permissions permissions, PasswordEncoder encoder,
                   AuditService audit, AccountStates states, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.permissions = permissions;
        this.encoder = encoder;
        this.audit = audit;
        this.states = states;
        this.throttle = throttle;
        this.clock = clock;
        this.dummyHash = encoder.encode("not-a-real-password-0");
    }

    /**
     * Unknown accounts, wrong passwords and accounts locked for this address get the same answer
     * after the same work (a password hash is always checked), so answers tell nobody which
     * accounts exist. Only the right password of a disabled account learns that it is disabled.
     */
    @Transactional
    LoginOutcome login(String username, String password, String address) {
        String name = username == null ? "" : username.strip();
        String given = password == null ? "" : password;
        AppUser user = users.lockByUsername(name).orElse(null);
        boolean matches = encoder.matches(given, user == null ? dummyHash : user.getPasswordHash());
        if (throttle.refused(name, address)) {
            return refused(user, name, address, "登录受限（连续失败）");
        }
        if (user == null || !matches) {
            return refused(user, name, address, user == null ? "用户名不存在" : "密码错误");
        }
        if (!user.isEnabled()) {
            fail(user, "账号已停用");
            return new LoginOutcome.Failure("账号已停用，请联系管理员");
        }
        throttle.succeeded(name, address);
        user.loginSucceeded(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        audit.recordFor(user.getId(), user.getUsername(), user.getUnionId(), AuditAction.LOGIN, "AppUser",
                user.getId(), "登录成功", null);
        return new LoginOutcome.Success(toCurrentUser(user, clock.instant()));
    }

    /** Counts the failure for this account and address, audits why, and answers the one sentence for all. */
    private LoginOutcome refused(AppUser user, String name, String address, String reason) {
        throttle.failed(name, address);
        Long id = user == null ? null : user.getId();
        audit.recordFor(id, name, user == null ? null : user.getUnionId(), AuditAction.LOGIN_FAILED, "AppUser", id,
                reason, null);
        return new LoginOutcome.Failure(throttle.message());
    }

    private void fail(AppUser user, String reason) {
        audit.recordFor(user.getId(), user.getUsername(), user.getUnionId(), AuditAction.LOGIN_FAILED, "AppUser",
                user.getId(), reason, null);
    }

    /** Changes one's own password; other sessions of the account end, this one goes on as returned. */
    @Transactional
    CurrentUser changePassword(CurrentUser current, String oldPassword, String newPassword) {
        AppUser user = users.findById(current.id()).orElseThrow(() -> new NotFoundException("用户"));
        var problems = new ArrayList<FieldProblem>();
        if (!encoder.matches(oldPassword == null ? "" : oldPassword, user.getPasswordHash())) {
            problems.add(new FieldProblem("oldPassword", "原密码不正确"));
        }
        String policy = PasswordPolicy.problem(newPassword, user.getUsername());
        if (policy != null) {
            problems.add(new FieldProblem("newPassword", policy));
        } else if (oldPassword != null && oldPassword.equals(newPassword)) {
            problems.add(new FieldProblem("newPassword", "新密码不能与原密码相同"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        user.changePassword(encoder.encode(newPassword), OffsetDateTime.now(clock));
        states.changed();
        audit.record(AuditAction.PASSWORD, "AppUser", user.getId(), "修改本人密码", Map.of());
        return toCurrentUser(user, current.signedInAt());
    }

    CurrentUser toCurrentUser(AppUser user, java.time.Instant signedInAt) {
        var patterns = new ArrayList<String>();
        boolean systemAdmin = false;
        for (Role role : roles.findAllById(user.getRoleIds())) {
            patterns.addAll(role.getPermissions());
            systemAdmin |= Role.SYS_ADMIN.equals(role.getCode());
        }
        Set<String> granted = permissions.expand(patterns);
        return new CurrentUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getUnionId(),
                Set.copyOf(granted), user.isMustChangePassword(), systemAdmin, user.getSessionStamp(), signedInAt);
    }

    /** Accounts of a closed union can no longer sign in: their scope has gone. */
    @EventListener
    void onUnionClosed(UnionClosed event) {
        users.findByUnionIdAndEnabledTrue(event.unionId()).forEach(AppUser::disable);
        states.changed();
    }
}
