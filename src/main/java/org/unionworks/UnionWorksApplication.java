package org.unionworks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class UnionWorksApplication {

    public static void main(String[] args) {
        SpringApplication.run(UnionWorksApplication.class, args);
    }
}
