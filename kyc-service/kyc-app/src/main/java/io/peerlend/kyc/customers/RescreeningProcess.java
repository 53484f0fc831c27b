package io.peerlend.kyc.customers;

import io.peerlend.kyc.api.SanctionsListsLoaded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * New sanctions lists mean every customer is screened again against them: the event only records the re-screening as
 * a job to run ({@link Rescreening}), so the processor moves on at once and the long work is done in resumable chunks
 * by one instance at a time. Not repeated on a replay.
 */
@Component
@ProcessingGroup("kyc-processes")
class RescreeningProcess {

    private final Rescreening rescreening;

    RescreeningProcess(Rescreening rescreening) {
        this.rescreening = rescreening;
    }

    @EventHandler
    @DisallowReplay
    void on(SanctionsListsLoaded event) {
        rescreening.record(event.listsVersion());
    }
}
