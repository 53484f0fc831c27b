package io.peerlend.kyc.customers;

import io.peerlend.kyc.api.RequireReverification;
import io.peerlend.kyc.customers.readmodel.CustomerReadModel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Periodic re-verification by risk: every day, customers whose verification ran out (5, 3 or 1 years by rating) are
 * asked to give their identity again. Safe on every instance at once: the customer aggregate acts once.
 */
@Component
public class ReverificationJob {

    private static final Logger log = LoggerFactory.getLogger(ReverificationJob.class);

    private final CustomerReadModel customers;
    private final CommandGateway commands;
    private final Clock clock;

    ReverificationJob(CustomerReadModel customers, CommandGateway commands, Clock clock) {
        this.customers = customers;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(cron = "${peerlend.kyc.reverify.schedule:0 15 2 * * *}", zone = "UTC")
    public int run() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int due = 0;
        for (List<String> batch = customers.dueForReverification(today, 500); !batch.isEmpty();
             batch = customers.dueForReverification(today, 500)) {
            for (String customerId : batch) {
                commands.sendAndWait(new RequireReverification(customerId, today));
                due++;
            }
            if (batch.size() < 500) {
                break; // the read model catches up asynchronously; the next run picks up any left
            }
        }
        if (due > 0) {
            log.info("{} customers are due for re-verification", due);
        }
        return due;
    }
}
