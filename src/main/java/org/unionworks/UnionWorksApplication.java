package org.unionworks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Sign-in is UnionWorks' own (accounts, lockout, forced password change), so Spring Boot's in-memory
 * user with its "generated security password" on the console is switched off: it would read as a
 * default credential to whoever runs the system.
 */
@SpringBootApplication(exclude = org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration.class)
@EnableScheduling
public class UnionWorksApplication {

    public static void main(String[] args) {
        SpringApplication.run(UnionWorksApplication.class, args);
    }
}
