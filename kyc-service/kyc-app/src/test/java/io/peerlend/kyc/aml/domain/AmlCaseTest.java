package io.peerlend.kyc.aml.domain;

import io.peerlend.kyc.api.AmlAlert;
import io.peerlend.kyc.api.AmlAlertsAttached;
import io.peerlend.kyc.api.AmlCaseCleared;
import io.peerlend.kyc.api.AmlCaseOpened;
import io.peerlend.kyc.api.AttachAmlAlerts;
import io.peerlend.kyc.api.CloseAmlCase;
import io.peerlend.kyc.api.OpenAmlCase;
import io.peerlend.kyc.api.Sealed;
import io.peerlend.kyc.api.SuspiciousActivityReported;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AmlCaseTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final List<AmlAlert> LARGE = List.of(new AmlAlert(
            "LARGE_DEPOSIT",
            "a single deposit",
            List.of(new AmlAlert.Evidence("pay-1", "DEPOSIT", 12_000_00, "GBP", NOW)),
            NOW));
    private static final Sealed NOTE = new Sealed("c-1", "bm90ZQ==");
    private static final AmlCaseOpened OPENED = new AmlCaseOpened("case-1", "c-1", LARGE, NOW);

    private AggregateTestFixture<AmlCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AmlCase.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void givenAlerts_whenACaseIsOpenedTwice_thenItOpensOnce() {
        fixture.givenNoPriorActivity()
                .when(new OpenAmlCase("case-1", "c-1", LARGE))
                .expectEvents(OPENED);
        fixture.given(OPENED).when(new OpenAmlCase("case-1", "c-1", LARGE)).expectNoEvents();
    }

    private static final List<AmlAlert> WITHDRAWN = List.of(new AmlAlert(
            "IN_AND_OUT",
            "withdrawn soon after",
            List.of(new AmlAlert.Evidence("out-1", "WITHDRAWAL", 11_500_00, "GBP", NOW)),
            NOW));

    @Test
    void givenAnOpenCase_whenMoreAlertsArrive_thenAttached() {
        fixture.given(OPENED)
                .when(new AttachAmlAlerts("case-1", WITHDRAWN))
                .expectEvents(new AmlAlertsAttached("case-1", WITHDRAWN));
    }

    @Test
    void givenAlertsTheCaseHasAlready_whenAttachedAgain_thenOnlyTheNewOnesAreAdded() {
        // a movement judged again (its batch handled again after its record failed to be written): its alerts are
        // the case's already
        fixture.given(OPENED, new AmlAlertsAttached("case-1", WITHDRAWN))
                .when(new AttachAmlAlerts("case-1", WITHDRAWN))
                .expectNoEvents();
        List<AmlAlert> both = List.of(LARGE.get(0), WITHDRAWN.get(0));
        fixture.given(OPENED)
                .when(new AttachAmlAlerts("case-1", both))
                .expectEvents(new AmlAlertsAttached("case-1", WITHDRAWN));
    }

    @Test
    void givenAnOpenCase_whenAnOfficerClearsIt_thenClearedWithTheSealedNote() {
        fixture.given(OPENED)
                .when(new CloseAmlCase("case-1", "officer-1", false, NOTE))
                .expectEvents(new AmlCaseCleared("case-1", "c-1", "officer-1", NOTE, NOW));
    }

    @Test
    void givenAnOpenCase_whenReported_thenASuspiciousActivityReportRecordWithItsId() {
        String reportId = "SAR-" + UUID.nameUUIDFromBytes("case-1".getBytes(StandardCharsets.UTF_8));
        fixture.given(OPENED)
                .when(new CloseAmlCase("case-1", "officer-1", true, NOTE))
                .expectEvents(new SuspiciousActivityReported("case-1", "c-1", reportId, "officer-1", NOTE, NOW))
                .expectResultMessagePayload(reportId);
    }

    @Test
    void givenAClosedCase_whenClosedAgainOrGivenAlerts_thenRefused() {
        AmlCaseCleared cleared = new AmlCaseCleared("case-1", "c-1", "officer-1", NOTE, NOW);
        fixture.given(OPENED, cleared)
                .when(new CloseAmlCase("case-1", "officer-2", true, NOTE))
                .expectException(CaseRuleBroken.class)
                .expectNoEvents();
        fixture.given(OPENED, cleared)
                .when(new AttachAmlAlerts("case-1", LARGE))
                .expectException(CaseRuleBroken.class);
    }
}
