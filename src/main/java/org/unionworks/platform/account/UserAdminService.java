package org.unionworks.platform.account;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.access.CurrentUser;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.ForbiddenException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.Mobiles;
import org.unionworks.platform.validation.Texts;

/** Administration of the accounts of one's own subtree. */
@Service
class UserAdminService {

    record UserData(String displayName, String phone, long unionId, Set<Long> roleIds, boolean enabled) {
    }

    record Created(AppUser user, String initialPassword) {
    }

    private final AppUserRepository users;
    private final RoleRepository roles;
    private final Permissions permissions;
    private final PasswordEncoder encoder;
    private final Scopes scopes;
    private final Subtrees subtrees;
    private final AuditService audit;
    private final AccountStates states;
    private final LoginThrottle throttle;

    UserAdminService(AppUserRepository users, RoleRepository roles, Permissions permissions, PasswordEncoder encoder,
                     Scopes scopes, Subtrees subtrees, AuditService audit, AccountStates states, LoginThrottle throttle) {
        this.throttle = throttle;
        this.states = states;
        this.users = users;
        this.roles = roles;
        this.permissions = permissions;
        this.encoder = encoder;
        this.scopes = scopes;
        this.subtrees = subtrees;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Page<AppUser> search(Long under, String q, Pageable pageable) {
        Specification<AppUser> spec = (r, query, cb) -> cb.conjunction();
        if (under != null) {
            spec = spec.and(subtrees.under(under));
        }
        String text = Texts.blankToNull(q);
        if (text != null) {
            String like = "%" + text.toLowerCase() + "%";
            spec = spec.and((r, query, cb) -> cb.or(cb.like(cb.lower(r.get("username")), like),
                    cb.like(r.get("displayName"), like)));
        }
        return users.findAll(spec, pageable);
    }

    @Transactional(readOnly = true)
    AppUser get(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("用户"));
    }

    @Transactional
    Created create(String username, UserData data) {
        String name = Texts.normalize(username);
        if (users.findByUsername(name).isPresent()) {
            throw new ConflictException("用户名“" + name + "”已被使用");
        }
        check(data, null);
        String password = PasswordPolicy.generate();
        AppUser user = users.save(new AppUser(name, Texts.clean(data.displayName()), data.unionId(),
                Mobiles.normalize(Texts.blankToNull(data.phone())), encoder.encode(password), data.roleIds()));
        return new Created(user, password);
    }

    @Transactional
    AppUser update(long id, long version, UserData data) {
        AppUser user = get(id);
        if (user.getVersion() != version) {
            throw new ConflictException("该用户已被他人修改，请刷新后重试");
        }
        requireAuthorityOver(user);
        check(data, user);
        Set<Long> rolesBefore = Set.copyOf(user.getRoleIds());
        user.update(Texts.clean(data.displayName()), Mobiles.normalize(Texts.blankToNull(data.phone())),
                data.unionId(), data.roleIds(), data.enabled());
        if (!rolesBefore.equals(data.roleIds())) {
            audit.record(AuditAction.UPDATE, "AppUser", id, "角色变更", Map.of("roleIds", List.copyOf(data.roleIds())));
        }
        states.changed();
        return users.saveAndFlush(user);
    }

    @Transactional
    String resetPassword(long id) {
        AppUser user = get(id);
        requireAuthorityOver(user);
        states.changed();
        String password = PasswordPolicy.generate();
        user.resetPassword(encoder.encode(password));
        audit.record(AuditAction.PASSWORD, "AppUser", id, "管理员重置密码", Map.of());
        return password;
    }

    @Transactional
    void unlock(long id) {
        AppUser user = get(id);
        requireAuthorityOver(user);
        throttle.unlock(user.getUsername());
        audit.record(AuditAction.UPDATE, "AppUser", id, "解除锁定", Map.of());
    }

    @Transactional
    String revealPhone(long id) {
        AppUser user = get(id);
        audit.record(AuditAction.REVEAL, "AppUser", id, "查看完整手机号", Map.of());
        return user.getPhone();
    }

    boolean isLocked(AppUser user) {
        return throttle.lockedAnywhere(user.getUsername());
    }

    /**
     * Resetting, unlocking, editing or disabling an account is acting as it: the actor must hold every
     * permission the account holds, and only a system administrator acts on a system administrator.
     */
    private void requireAuthorityOver(AppUser target) {
        CurrentUser actor = CurrentUsers.require();
        if (target.getId() == actor.id()) {
            return;
        }
        var patterns = new java.util.ArrayList<String>();
        boolean targetIsSystemAdmin = false;
        for (Role role : roles.findAllById(target.getRoleIds())) {
            patterns.addAll(role.getPermissions());
            targetIsSystemAdmin |= Role.SYS_ADMIN.equals(role.getCode());
        }
        if (targetIsSystemAdmin && !actor.systemAdmin()) {
            throw new ForbiddenException("只有系统管理员可以操作系统管理员账号");
        }
        if (!actor.permissions().containsAll(permissions.expand(patterns))) {
            throw new ForbiddenException("该账号拥有您不具备的权限，不能由您重置密码、解锁、修改或停用");
        }
    }

    private void check(UserData data, AppUser existing) {
        CurrentUser actor = CurrentUsers.require();
        scopes.requireOpen(data.unionId());
        if (data.phone() != null && !data.phone().isBlank() && !Mobiles.isValid(data.phone())) {
            throw new InvalidInputException("phone", "手机号码应为11位有效号码");
        }
        boolean self = existing != null && existing.getId() == actor.id();
        if (self && (existing.getUnionId() != data.unionId() || !existing.getRoleIds().equals(data.roleIds())
                || !data.enabled())) {
            throw new InvalidInputException("roleIds", "不能修改本人的所属工会、角色或停用本人账号");
        }
        Set<String> granted = new HashSet<>();
        for (Long roleId : data.roleIds()) {
            Role role = roles.findById(roleId).orElseThrow(() -> new InvalidInputException("roleIds", "角色不存在"));
            granted.addAll(permissions.expand(role.getPermissions()));
        }
        if (data.roleIds().isEmpty()) {
            throw new InvalidInputException("roleIds", "请至少选择一个角色");
        }
        if (!actor.permissions().containsAll(granted)) {
            throw new InvalidInputException("roleIds", "不能授予超出本人权限范围的角色");
        }
    }
}
