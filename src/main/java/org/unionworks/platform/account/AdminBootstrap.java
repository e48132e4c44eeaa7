package org.unionworks.platform.account;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.access.OrgTree;

/**
 * On the first start (no accounts yet) creates the {@code admin} account at the root union with
 * a random password, printed once. It must be changed at the first login. No default password exists.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AppUserRepository users;
    private final RoleRepository roles;
    private final PasswordEncoder encoder;
    private final OrgTree orgTree;
    private final String presetPassword;

    AdminBootstrap(AppUserRepository users, RoleRepository roles, PasswordEncoder encoder, OrgTree orgTree,
                   @Value("${unionworks.bootstrap.admin-password:}") String presetPassword) {
        this.users = users;
        this.roles = roles;
        this.encoder = encoder;
        this.orgTree = orgTree;
        this.presetPassword = presetPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean preset = presetPassword != null && !presetPassword.isBlank();
        String password = preset ? presetPassword : PasswordPolicy.generate();
        Role sysAdmin = roles.findByCode(Role.SYS_ADMIN).orElseThrow();
        users.save(new AppUser("admin", "系统管理员", orgTree.rootId(), null, encoder.encode(password),
                Set.of(sysAdmin.getId())));
        if (preset) {
            log.warn("首次启动：已创建管理员账号 admin，密码取自配置 unionworks.bootstrap.admin-password，首次登录须修改。");
        } else {
            String banner = """

                    ================================================================
                     UnionWorks 首次启动：已创建管理员账号
                       用户名：admin
                       初始密码：%s
                     此密码只显示这一次，首次登录后须立即修改。
                    ================================================================
                    """.formatted(password);
            System.out.println(banner);
        }
    }
}
