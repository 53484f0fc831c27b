package io.peerlend.kyc.customers;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.kyc.api.ErasePersonalData;
import io.peerlend.kyc.customers.domain.CustomerRuleBroken;
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
 * The end of record keeping: what the law makes the platform keep after a relationship ends (AML: identity, the
 * checks and the case files, five years in the uk profile) stays sealed until then, and is erased when the business
 * date passes the retention date, by the platform itself ({@value #BY}); the erasure's record says so. The customer
 * aggregate checks the date again, so a date the calendar has not reached yet erases nothing.
 */
@Component
@ProcessingGroup("kyc-processes")
public class RetentionJob {

    static final String BY = "system: retention period ended";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final CustomerReadModel customers;
    private final CommandGateway commands;

    RetentionJob(CustomerReadModel customers, CommandGateway commands) {
        this.customers = customers;
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(BusinessDateAdvanced event) {
        run(event.to());
    }

    public int run(LocalDate today) {
        int erased = 0;
        List<String> due = customers.pastRetention(today, 500);
        for (String customerId : due) {
            try {
                commands.sendAndWait(new ErasePersonalData(customerId, BY));
                erased++;
            } catch (CustomerRuleBroken notYet) {
                // the service's own calendar has not reached the date: the next business day tries again
                log.debug("customer {} not erased yet: {}", customerId, notYet.getMessage());
            }
        }
        if (erased > 0) {
            log.info("{} former customers erased at the end of their retention period", erased);
        }
        return erased;
    }
}
