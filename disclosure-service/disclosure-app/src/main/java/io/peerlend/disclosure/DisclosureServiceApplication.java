package io.peerlend.disclosure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DisclosureServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DisclosureServiceApplication.class, args);
    }
}
