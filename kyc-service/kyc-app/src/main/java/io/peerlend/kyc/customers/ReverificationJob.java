package io.peerlend.kyc.customers;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.kyc.api.RequireReverification;
import io.peerlend.kyc.customers.readmodel.CustomerReadModel;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Periodic re-verification by risk, driven by the platform's business date: each time it moves on, customers whose
 * verification ran out by then (5, 3 or 1 years by rating) are asked to give their identity again. The customer
 * aggregate acts once, so a redelivered date is harmless; never repeated on a replay.
 */
@Component
@ProcessingGroup("kyc-processes")
public class ReverificationJob {

    private static final Logger log = LoggerFactory.getLogger(ReverificationJob.class);

    private final CustomerReadModel customers;
    private final CommandGateway commands;

    ReverificationJob(CustomerReadModel customers, CommandGateway commands) {
        this.customers = customers;
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(BusinessDateAdvanced event) {
        run(event.to());
    }

    public int run(LocalDate today) {
        int due = 0;
        for (List<String> batch = customers.dueForReverification(today, 500);
                !batch.isEmpty();
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
