package org.unionworks.platform.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.validation.Mobiles;
import org.unionworks.platform.web.PageResponse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/users")
class UserController {

    private final UserAdminService service;
    private final RoleRepository roles;
    private final OrgTree orgTree;

    UserController(UserAdminService service, RoleRepository roles, OrgTree orgTree) {
        this.service = service;
        this.roles = roles;
        this.orgTree = orgTree;
    }

    record NewUser(@NotBlank(message = "用户名不能为空")
                   @Pattern(regexp = "[A-Za-z][A-Za-z0-9_.]{2,39}", message = "用户名须以字母开头，3至40位字母、数字、下划线或点")
                   String username,
                   @NotBlank(message = "姓名不能为空") @Size(max = 50, message = "姓名不能超过50个字符") String displayName,
                   @Size(max = 20, message = "手机号码过长") String phone,
                   @NotNull(message = "请选择所属工会") Long unionId,
                   @NotNull(message = "请至少选择一个角色") Set<Long> roleIds) {
    }

    record UserChange(@NotBlank(message = "姓名不能为空") @Size(max = 50, message = "姓名不能超过50个字符") String displayName,
                      @Size(max = 20, message = "手机号码过长") String phone,
                      @NotNull(message = "请选择所属工会") Long unionId,
                      @NotNull(message = "请至少选择一个角色") Set<Long> roleIds,
                      boolean enabled,
                      @NotNull(message = "缺少版本号") Long version) {
    }

    record RoleRef(long id, String name) {
    }

    record UserView(long id, String username, String displayName, long unionId, String unionName, String phone,
                    boolean enabled, boolean locked, boolean mustChangePassword, List<RoleRef> roles,
                    OffsetDateTime lastLoginAt, long version) {
    }

    record CreatedView(UserView user, String initialPassword) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('user:read')")
    PageResponse<UserView> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String q,
                                @PageableDefault(sort = "username", direction = Sort.Direction.ASC) Pageable pageable) {
        return PageResponse.of(service.search(under, q, pageable).map(this::view));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('user:read')")
    UserView get(@PathVariable long id) {
        return view(service.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('user:write')")
    CreatedView create(@Valid @RequestBody NewUser body) {
        var created = service.create(body.username(), new UserAdminService.UserData(body.displayName(), body.phone(),
                body.unionId(), body.roleIds(), true));
        return new CreatedView(view(created.user()), created.initialPassword());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('user:write')")
    UserView update(@PathVariable long id, @Valid @RequestBody UserChange body) {
        return view(service.update(id, body.version(), new UserAdminService.UserData(body.displayName(),
                body.phone(), body.unionId(), body.roleIds(), body.enabled())));
    }

    @PostMapping("/{id}/reset-password")
    @PreAuthorize("hasAuthority('user:write')")
    PasswordReset resetPassword(@PathVariable long id) {
        return new PasswordReset(service.resetPassword(id));
    }

    /** The new initial password, shown once to the administrator who reset it. */
    record PasswordReset(String initialPassword) {
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasAuthority('user:write')")
    UserView unlock(@PathVariable long id) {
        service.unlock(id);
        return view(service.get(id));
    }

    @PostMapping("/{id}/reveal-phone")
    @PreAuthorize("hasAuthority('user:reveal')")
    PhoneRevealed revealPhone(@PathVariable long id) {
        String phone = service.revealPhone(id);
        return new PhoneRevealed(phone == null ? "" : phone);
    }

    record PhoneRevealed(String phone) {
    }

    private UserView view(AppUser u) {
        List<RoleRef> refs = roles.findAllById(u.getRoleIds()).stream()
                .map(r -> new RoleRef(r.getId(), r.getName())).toList();
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getUnionId(),
                orgTree.nameOf(u.getUnionId()).orElse(""), Mobiles.mask(u.getPhone()), u.isEnabled(),
                service.isLocked(u), u.isMustChangePassword(), refs, u.getLastLoginAt(), u.getVersion());
    }
}
