package org.unionworks.platform.account;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.unionworks.platform.access.CurrentUser;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.error.FilterProblems;

/**
 * Session cookie login with CSRF protection for the single-page application (the token travels
 * in the XSRF-TOKEN cookie and comes back in the X-XSRF-TOKEN header). API errors are problem+json.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository contexts, AccountStates states,
                                            Clock clock, AuditService audit,
                                            @org.springframework.beans.factory.annotation.Value("${unionworks.security.session-max-age:12h}")
                                            java.time.Duration sessionMaxAge) throws Exception {
        http
                .csrf(csrf -> csrf.spa())
                .securityContext(sc -> sc.securityContextRepository(contexts))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/auth/login", "/api/auth/csrf", "/api/public/**").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> FilterProblems.write(res, HttpStatus.UNAUTHORIZED,
                                "unauthenticated", "未登录", "请先登录或登录已过期"))
                        .accessDeniedHandler((req, res, e) -> FilterProblems.write(res, HttpStatus.FORBIDDEN,
                                "forbidden", "无权操作", "您没有执行此操作的权限，或页面已过期请刷新")))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(l -> l.logoutUrl("/api/auth/logout")
                        .logoutSuccessHandler((req, res, a) -> {
                            if (a != null && a.getPrincipal() instanceof CurrentUser user) {
                                audit.recordFor(user.id(), user.username(), user.unionId(), AuditAction.LOGOUT, "AppUser",
                                        user.id(), "退出登录", null);
                            }
                            res.setStatus(HttpStatus.NO_CONTENT.value());
                        }))
                .addFilterAfter(new SessionGuard(states, clock, sessionMaxAge), SecurityContextHolderFilter.class)
                .addFilterAfter(new MustChangePasswordFilter(), SessionGuard.class);
        return http.build();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
