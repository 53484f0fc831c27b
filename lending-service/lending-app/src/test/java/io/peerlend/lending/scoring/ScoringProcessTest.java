package io.peerlend.lending.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerlend.kyc.api.CreditSearchSubject;
import io.peerlend.lending.api.Circumstances;
import io.peerlend.lending.api.CreditHistory;
import io.peerlend.lending.api.CurrentAccount;
import io.peerlend.lending.api.EmploymentStatus;
import io.peerlend.lending.api.Housing;
import io.peerlend.lending.api.LoanPurpose;
import io.peerlend.lending.api.MonthlyFinances;
import io.peerlend.lending.api.OtherInstalmentPlans;
import io.peerlend.lending.api.Property;
import io.peerlend.lending.api.Savings;
import io.peerlend.lending.api.commands.RecordCreditDecision;
import io.peerlend.lending.api.events.BorrowerIdentityConfirmed;
import io.peerlend.lending.api.events.LoanApplicationScored;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.applications.SealedDeclarations;
import io.peerlend.lending.kyc.CreditSearchSubjects;
import io.peerlend.lending.kyc.IdentityServiceUnavailableException;
import io.peerlend.scoring.api.BureauSubject;
import io.peerlend.scoring.api.CreditDecision;
import io.peerlend.scoring.api.ScoreRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import tools.jackson.databind.json.JsonMapper;

class ScoringProcessTest {

    /** These events carry declarations in plain text (the shape stored before sealing): no vault is needed. */
    private static final SealedDeclarations PLAIN_DECLARATIONS =
            new SealedDeclarations(null, JsonMapper.builder().build());

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    final List<ScoreRequest> asked = new ArrayList<>();
    CommandGateway commands;
    EmbeddedEventStore store;
    ScoringProcess process;

    @BeforeEach
    void setUp() {
        store = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        CreditScoring scoring = request -> {
            asked.add(request);
            return new CreditDecision("B", new BigDecimal("0.2"), 512, List.of("reason"), "m-1", NOW, null, null);
        };
        commands = Mockito.mock(CommandGateway.class);
        CreditSearchSubjects identities = customerId -> Optional.of(
                new CreditSearchSubject(customerId, "Maren Lindqvist", LocalDate.of(1990, 1, 15), "SB1 1AA"));
        process = new ScoringProcess(scoring, identities, commands, store, PLAIN_DECLARATIONS);
    }

    @Test
    void an_undecided_application_is_scored_and_the_decision_recorded() {
        LoanApplicationSubmitted submitted = submitted("app-1");
        store.publish(
                new GenericDomainEventMessage<>("LoanApplication", "app-1", 0, submitted),
                new GenericDomainEventMessage<>("LoanApplication", "app-1", 1, confirmed("app-1")));
        process.on(confirmed("app-1"));
        assertThat(asked).singleElement().satisfies(r -> {
            assertThat(r.applicationId()).isEqualTo("app-1");
            assertThat(r.amount()).isEqualTo("5000.00");
            assertThat(r.applicant().termMonths()).isEqualTo(36);
            assertThat(r.finances().monthlyNetIncome()).isEqualTo("2800.00");
            // the bureau is asked about the identity KYC verified for the borrower
            assertThat(r.bureauSubject())
                    .isEqualTo(new BureauSubject("b-1", "Maren Lindqvist", LocalDate.of(1990, 1, 15), "SB1 1AA"));
        });
        Mockito.verify(commands).sendAndWait(Mockito.any(RecordCreditDecision.class));
    }

    @Test
    void when_the_kyc_service_does_not_answer_the_application_waits_unscored() {
        CreditSearchSubjects down = customerId -> {
            throw new IdentityServiceUnavailableException("no answer from the KYC service", null);
        };
        ScoringProcess waiting = new ScoringProcess(
                request -> {
                    asked.add(request);
                    return null;
                },
                down,
                commands,
                store,
                PLAIN_DECLARATIONS);
        store.publish(new GenericDomainEventMessage<>("LoanApplication", "app-3", 0, submitted("app-3")));
        assertThatThrownBy(() -> waiting.on(confirmed("app-3")))
                .isInstanceOf(IdentityServiceUnavailableException.class);
        assertThat(asked).isEmpty();
        Mockito.verifyNoInteractions(commands);
    }

    @Test
    void a_replayed_application_that_was_already_decided_is_not_scored_again() {
        LoanApplicationSubmitted submitted = submitted("app-2");
        store.publish(
                new GenericDomainEventMessage<>("LoanApplication", "app-2", 0, submitted),
                new GenericDomainEventMessage<>("LoanApplication", "app-2", 1, confirmed("app-2")),
                new GenericDomainEventMessage<>(
                        "LoanApplication",
                        "app-2",
                        2,
                        new LoanApplicationScored("app-2", "B", new BigDecimal("0.2"), 512, List.of(), "m-1", NOW)));
        process.on(confirmed("app-2"));
        assertThat(asked).isEmpty();
        Mockito.verifyNoInteractions(commands);
    }

    private static BorrowerIdentityConfirmed confirmed(String id) {
        return new BorrowerIdentityConfirmed(id, "b-1", NOW);
    }

    private static LoanApplicationSubmitted submitted(String id) {
        return new LoanApplicationSubmitted(
                id,
                "b-1",
                500_000,
                "GBP",
                36,
                LoanPurpose.CAR,
                new MonthlyFinances("2800.00", "1200.00", "100.00"),
                new Circumstances(
                        CurrentAccount.LOW,
                        CreditHistory.EXISTING_REPAID_ON_TIME,
                        Savings.LOW,
                        EmploymentStatus.EMPLOYED,
                        3,
                        Property.CAR_OR_OTHER,
                        31,
                        OtherInstalmentPlans.NONE,
                        Housing.RENT,
                        1),
                NOW);
    }
}
