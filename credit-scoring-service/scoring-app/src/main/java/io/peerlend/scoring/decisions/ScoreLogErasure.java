package io.peerlend.scoring.decisions;

import io.peerlend.kyc.api.CustomerDataErased;
import io.peerlend.scoring.decisions.readmodel.ScoreLog;
import java.time.Clock;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

/**
 * The scoring service's part of an erasure. Scoring never learns who a borrower is, only the lending service's
 * application ids; once lending reports the erased borrower's applications, their score log entries are unlinked.
 */
@Component
@ProcessingGroup("scoring-erasure")
class ScoreLogErasure {

    private final ScoreLog log;
    private final EventGateway events;
    private final Clock clock;

    ScoreLogErasure(ScoreLog log, EventGateway events, Clock clock) {
        this.log = log;
        this.events = events;
        this.clock = clock;
    }

    @EventHandler
    @DisallowReplay
    void on(CustomerDataErased erased) {
        if (!"lending".equals(erased.service())) {
            return;
        }
        long unlinked = log.unlink(erased.references());
        events.publish(new CustomerDataErased(
                erased.customerId(),
                "scoring",
                unlinked + " score log entries unlinked from their applications",
                List.of(),
                clock.instant()));
    }
}
