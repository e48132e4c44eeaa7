package org.unionworks.platform.account;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.PermissionGroup;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.ForbiddenException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.Texts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api")
class RoleController {

    private final RoleRepository roles;
    private final AppUserRepository users;
    private final Permissions permissions;
    private final AccountStates states;

    RoleController(RoleRepository roles, AppUserRepository users, Permissions permissions, AccountStates states) {
        this.states = states;
        this.roles = roles;
        this.users = users;
        this.permissions = permissions;
    }

    record RoleView(long id, String code, String name, String description, boolean builtin, List<String> patterns,
                    List<String> permissions, long version) {
    }

    record RoleData(@NotBlank(message = "角色代码不能为空")
                    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "角色代码须为大写字母开头的字母、数字或下划线") String code,
                    @NotBlank(message = "角色名称不能为空") @Size(max = 50, message = "角色名称不能超过50个字符") String name,
                    @Size(max = 200, message = "说明不能超过200个字符") String description,
                    @NotNull(message = "请选择权限") Set<String> permissions,
                    Long version) {
    }

    @GetMapping("/permissions")
    @PreAuthorize("hasAnyAuthority('role:read', 'user:read')")
    List<PermissionGroup> catalogue() {
        return permissions.groups();
    }

    @GetMapping("/roles")
    @PreAuthorize("hasAnyAuthority('role:read', 'user:read')")
    @Transactional(readOnly = true)
    List<RoleView> list() {
        return roles.findAllByOrderByIdAsc().stream().map(this::view).toList();
    }

    @PostMapping("/roles")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('role:write')")
    @Transactional
    RoleView create(@Valid @RequestBody RoleData body) {
        checkPermissions(body.permissions());
        if (roles.findByCode(body.code()).isPresent()) {
            throw new ConflictException("角色代码“" + body.code() + "”已存在");
        }
        return view(roles.saveAndFlush(new Role(body.code(), Texts.clean(body.name()),
                Texts.blankToNull(body.description()), body.permissions())));
    }

    @PutMapping("/roles/{id}")
    @PreAuthorize("hasAuthority('role:write')")
    @Transactional
    RoleView update(@PathVariable long id, @Valid @RequestBody RoleData body) {
        Role role = roles.findById(id).orElseThrow(() -> new NotFoundException("角色"));
        if (Role.SYS_ADMIN.equals(role.getCode())) {
            throw new InvalidInputException("code", "系统管理员角色不可修改");
        }
        requireAuthorityOver(role);
        if (body.version() == null || !body.version().equals(role.getVersion())) {
            throw new ConflictException("该角色已被他人修改，请刷新后重试");
        }
        checkPermissions(body.permissions());
        role.update(Texts.clean(body.name()), Texts.blankToNull(body.description()), body.permissions());
        endSessionsOf(role);
        return view(roles.saveAndFlush(role));
    }

    /** Puts a built-in role back to the permissions it was shipped with (system administrators only). */
    @PostMapping("/roles/{id}/reset")
    @PreAuthorize("hasAuthority('role:write')")
    @Transactional
    RoleView reset(@PathVariable long id) {
        Role role = roles.findById(id).orElseThrow(() -> new NotFoundException("角色"));
        var shipped = BuiltinRoles.patternsOf(role.getCode());
        if (!role.isBuiltin() || shipped.isEmpty()) {
            throw new InvalidInputException("id", "只有内置角色可以恢复默认权限");
        }
        requireAuthorityOver(role);
        role.update(role.getName(), role.getDescription(), shipped.get());
        endSessionsOf(role);
        return view(roles.saveAndFlush(role));
    }

    @DeleteMapping("/roles/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('role:write')")
    @Transactional
    void delete(@PathVariable long id) {
        Role role = roles.findById(id).orElseThrow(() -> new NotFoundException("角色"));
        if (role.isBuiltin()) {
            throw new InvalidInputException("id", "内置角色不可删除");
        }
        requireAuthorityOver(role);
        if (users.countWithRole(id) > 0) {
            throw new ConflictException("仍有用户使用该角色，不能删除");
        }
        roles.delete(role);
    }

    /**
     * Editing or deleting a role is granting what it holds: the editor must hold all of it, and
     * built-in roles are changed by system administrators only.
     */
    private void requireAuthorityOver(Role role) {
        var actor = CurrentUsers.require();
        if (role.isBuiltin() && !actor.systemAdmin()) {
            throw new ForbiddenException("内置角色只能由系统管理员修改");
        }
        if (!actor.permissions().containsAll(permissions.expand(role.getPermissions()))) {
            throw new ForbiddenException("该角色拥有您不具备的权限，不能修改或删除");
        }
    }

    private void endSessionsOf(Role role) {
        users.endSessionsOfRole(role.getId());
        states.changed();
    }

    private void checkPermissions(Set<String> requested) {
        for (String p : requested) {
            if (!permissions.isKnown(p)) {
                throw new InvalidInputException("permissions", "未知的权限“" + p + "”");
            }
        }
        if (!CurrentUsers.require().permissions().containsAll(requested)) {
            throw new InvalidInputException("permissions", "不能授予超出本人权限范围的权限");
        }
    }

    private RoleView view(Role r) {
        return new RoleView(r.getId(), r.getCode(), r.getName(), r.getDescription(), r.isBuiltin(),
                r.getPermissions().stream().sorted().toList(),
                permissions.expand(r.getPermissions()).stream().sorted().toList(), r.getVersion());
    }
}
