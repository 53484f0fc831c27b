package io.peerlend.disclosure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The disclosure service; scheduling runs the as-of rebuilds' worker ({@code AsOfRebuilds}). */
@SpringBootApplication
@EnableScheduling
public class DisclosureServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DisclosureServiceApplication.class, args);
    }
}
