package org.unionworks.platform.account;

import java.util.List;
import java.util.TimeZone;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.access.CurrentUser;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final AccountService accounts;
    private final SecurityContextRepository contexts;
    private final OrgTree orgTree;

    AuthController(AccountService accounts, SecurityContextRepository contexts, OrgTree orgTree) {
        this.accounts = accounts;
        this.contexts = contexts;
        this.orgTree = orgTree;
    }

    record LoginRequest(@NotBlank(message = "请输入用户名") @Size(max = 40, message = "用户名不能超过40个字符") String username,
                        @NotBlank(message = "请输入密码") @Size(max = 64, message = "密码不能超过64位") String password) {
    }

    record PasswordChange(@NotBlank(message = "请输入原密码") String oldPassword,
                          @NotBlank(message = "请输入新密码") String newPassword) {
    }

    /** timeZone: the federation's zone (see FederationTimeZone), in which the page reckons "today". */
    record SessionInfo(long id, String username, String displayName, long unionId, String unionName,
                       List<String> permissions, boolean mustChangePassword, String timeZone) {
    }

    /** Hands the CSRF token to the page (and sets the XSRF-TOKEN cookie). */
    @GetMapping("/csrf")
    CsrfView csrf(CsrfToken token) {
        return new CsrfView(token.getHeaderName(), token.getToken());
    }

    record CsrfView(String headerName, String token) {
    }

    @PostMapping("/login")
    ResponseEntity<?> login(@Valid @RequestBody LoginRequest body, HttpServletRequest request,
                            HttpServletResponse response) {
        var outcome = accounts.login(body.username(), body.password(), request.getRemoteAddr());
        if (outcome instanceof AccountService.LoginOutcome.Failure failure) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, failure.message());
            pd.setTitle("登录失败");
            pd.setType(java.net.URI.create("urn:unionworks:problem:login-failed"));
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(pd);
        }
        CurrentUser user = ((AccountService.LoginOutcome.Success) outcome).user();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        signIn(user, request, response);
        return ResponseEntity.ok(info(user));
    }

    @GetMapping("/me")
    SessionInfo me() {
        return info(CurrentUsers.require());
    }

    @PostMapping("/password")
    SessionInfo changePassword(@Valid @RequestBody PasswordChange body, HttpServletRequest request,
                               HttpServletResponse response) {
        CurrentUser user = CurrentUsers.require();
        CurrentUser updated = accounts.changePassword(user, body.oldPassword(), body.newPassword());
        request.changeSessionId();
        signIn(updated, request, response);
        return info(updated);
    }

    private void signIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        var authorities = user.permissions().stream().map(SimpleGrantedAuthority::new).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private SessionInfo info(CurrentUser user) {
        return new SessionInfo(user.id(), user.username(), user.displayName(), user.unionId(),
                orgTree.nameOf(user.unionId()).orElse(""), user.permissions().stream().sorted().toList(),
                user.mustChangePassword(), TimeZone.getDefault().getID());
    }
}
