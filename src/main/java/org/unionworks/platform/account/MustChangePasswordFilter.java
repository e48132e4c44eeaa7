package org.unionworks.platform.account;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.error.FilterProblems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Until a first or reset password is changed, only the account endpoints answer. */
class MustChangePasswordFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean blocked = path.startsWith("/api/") && !path.startsWith("/api/auth/")
                && CurrentUsers.current().map(u -> u.mustChangePassword()).orElse(false);
        if (blocked) {
            FilterProblems.write(response, HttpStatus.FORBIDDEN, "password-change-required", "须修改密码",
                    "首次登录或密码被重置后，须先修改密码");
            return;
        }
        chain.doFilter(request, response);
    }
}
