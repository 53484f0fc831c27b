package io.peerlend.kyc.customers;

import io.peerlend.kyc.sanctions.SanctionsScreening;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lists that changed while the service was down (new files in the lists folder, or a release with a newer snapshot)
 * are loaded at start-up without the hourly check ever seeing a change, so no one would be screened against them
 * until the next change: at start-up, lists that have no re-screening run yet are announced, which starts one.
 * Several instances starting at once may each announce them; a run is recorded once per lists version.
 */
@Component
class RescreeningAtStart {

    private final SanctionsScreening sanctions;
    private final Rescreening rescreening;

    RescreeningAtStart(SanctionsScreening sanctions, Rescreening rescreening) {
        this.sanctions = sanctions;
        this.rescreening = rescreening;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        announceIfNeverRun();
    }

    /** True when the loaded lists had no run and were announced. */
    boolean announceIfNeverRun() {
        if (rescreening.run(sanctions.current().version()) != null) {
            return false;
        }
        sanctions.announceCurrent();
        return true;
    }
}
