package io.peerlend.kyc.sanctions;

import io.peerlend.kyc.api.SanctionsListsLoaded;
import io.peerlend.kyc.api.ScreeningView;
import io.peerlend.kyc.checks.sanctions.SanctionsLists;
import io.peerlend.kyc.checks.sanctions.Screener;
import io.peerlend.kyc.checks.sanctions.Screening;
import io.peerlend.kyc.checks.sanctions.ScreeningPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The lists this instance screens against. They come from {@code peerlend.kyc.sanctions.directory} when set (a
 * folder that a scheduled job refreshes from the publishers), otherwise from the snapshot shipped with the service.
 * Every instance checks the folder on a schedule, so all instances converge on the same lists; a new version is
 * announced as an event, and every customer is re-screened once per version.
 */
@Component
public class SanctionsScreening {

    private static final Logger log = LoggerFactory.getLogger(SanctionsScreening.class);

    private final String directory;
    private final EventGateway events;
    private final Clock clock;
    private final AtomicReference<Screener> screener = new AtomicReference<>();

    SanctionsScreening(
            @Value("${peerlend.kyc.sanctions.directory:}") String directory, EventGateway events, Clock clock) {
        this.directory = directory;
        this.events = events;
        this.clock = clock;
        screener.set(new Screener(load(), ScreeningPolicy.DEFAULT));
        log.info(
                "sanctions lists loaded: version {}, entries {}",
                current().version(),
                current().countsByList());
    }

    public Screening.Result screen(Screening.Query query) {
        return screener.get().screen(query);
    }

    public SanctionsLists current() {
        return screener.get().lists();
    }

    /** Loads the files again; announces a new version (re-screening everyone) only if their contents changed. */
    public synchronized SanctionsLists reload() {
        SanctionsLists lists = load();
        if (!lists.version().equals(current().version())) {
            screener.set(new Screener(lists, ScreeningPolicy.DEFAULT));
            log.info("sanctions lists reloaded: version {}, entries {}", lists.version(), lists.countsByList());
            events.publish(new SanctionsListsLoaded(lists.version(), lists.countsByList(), clock.instant()));
        }
        return current();
    }

    /** Announces the lists now loaded (every customer is re-screened against them once). */
    public void announceCurrent() {
        SanctionsLists lists = current();
        log.info("sanctions lists {} announced: no customer has been re-screened against them", lists.version());
        events.publish(new SanctionsListsLoaded(lists.version(), lists.countsByList(), clock.instant()));
    }

    @Scheduled(
            fixedDelayString = "${peerlend.kyc.sanctions.refresh-interval:PT1H}",
            initialDelayString = "${peerlend.kyc.sanctions.refresh-interval:PT1H}")
    void refreshIfChanged() {
        if (!directory.isBlank()) {
            reload();
        }
    }

    private SanctionsLists load() {
        return directory.isBlank() ? SanctionsLists.bundled() : SanctionsLists.fromDirectory(Path.of(directory));
    }

    public static ScreeningView view(Screening.Result result) {
        return new ScreeningView(
                result.decision().name(),
                result.matches().stream()
                        .map(m -> new ScreeningView.Match(m.list(), m.entryId(), m.name(), m.score(), m.matchedOn()))
                        .toList(),
                result.listsVersion());
    }

    public record ListsInfo(String version, Map<String, Integer> entriesByList, String source) {}

    public ListsInfo info() {
        return new ListsInfo(
                current().version(), current().countsByList(), directory.isBlank() ? "bundled snapshot" : directory);
    }
}
