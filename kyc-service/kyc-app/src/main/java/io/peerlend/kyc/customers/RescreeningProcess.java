package io.peerlend.kyc.customers;

import io.peerlend.kyc.api.RecordRescreening;
import io.peerlend.kyc.api.SanctionsListsLoaded;
import io.peerlend.kyc.api.ScreeningFindings;
import io.peerlend.kyc.api.ScreeningHit;
import io.peerlend.kyc.checks.sanctions.Screening;
import io.peerlend.kyc.customers.readmodel.CustomerReadModel;
import io.peerlend.kyc.sanctions.SanctionsScreening;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Re-screening every customer when new lists are loaded, done once by a tracking processor (the aggregate ignores a
 * version it has seen, so a redelivery is harmless); not repeated on a replay. (A customer's key is destroyed by the
 * erasure itself, before it is recorded: {@code PersonalDataShredder}.)
 */
@Component
@ProcessingGroup("kyc-processes")
class RescreeningProcess {

    private static final Logger log = LoggerFactory.getLogger(RescreeningProcess.class);
    private static final int PAGE = 200;

    private final CustomerReadModel customers;
    private final PersonalData personalData;
    private final SanctionsScreening sanctions;
    private final CommandGateway commands;

    RescreeningProcess(
            CustomerReadModel customers,
            PersonalData personalData,
            SanctionsScreening sanctions,
            CommandGateway commands) {
        this.customers = customers;
        this.personalData = personalData;
        this.sanctions = sanctions;
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(SanctionsListsLoaded event) {
        if (!event.listsVersion().equals(sanctions.current().version())) {
            sanctions.reload(); // this instance has not yet picked up the files another instance announced
        }
        int screened = 0;
        for (int skip = 0; ; skip += PAGE) {
            List<CustomerReadModel.Entry> page = customers.screenable(skip, PAGE);
            for (CustomerReadModel.Entry customer : page) {
                personalData.open(customer.personalData()).ifPresent(p -> {
                    Screening.Result result =
                            sanctions.screen(new Screening.Query(p.fullName(), p.dateOfBirth(), p.nationality()));
                    List<ScreeningHit> hits = result.matches().stream()
                            .map(m -> new ScreeningHit(m.list(), m.entryId(), m.name(), m.score()))
                            .toList();
                    commands.sendAndWait(new RecordRescreening(
                            customer.id(),
                            result.decision().name(),
                            hits,
                            result.listsVersion(),
                            personalData.seal(customer.id(), new ScreeningFindings(hits, List.of()))));
                });
                screened++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        log.info("re-screened {} customers against lists {}", screened, event.listsVersion());
    }
}
