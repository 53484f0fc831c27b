package io.peerlend.lending.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.mongodb.client.MongoClients;
import io.peerlend.infra.testing.TestStores;
import io.peerlend.kyc.api.CustomerReferred;
import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.CustomerStatus;
import io.peerlend.kyc.api.CustomerSuspended;
import io.peerlend.kyc.api.CustomerVerified;
import io.peerlend.kyc.api.RiskRating;
import io.peerlend.lending.api.LoanPurpose;
import io.peerlend.lending.api.commands.ConfirmBorrowerIdentity;
import io.peerlend.lending.api.commands.LiftBorrowerRestriction;
import io.peerlend.lending.api.commands.RestrictBorrower;
import io.peerlend.lending.api.commands.RestrictLender;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The step "waiting for KYC", against a real MongoDB wire server: an application waits until its borrower is
 * verified, and a customer stopped by KYC is stopped in their lending aggregates too.
 */
class IdentityGateProcessTest {

    static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");

    final CommandGateway commands = mock(CommandGateway.class);
    IdentityGateProcess gate;

    @BeforeEach
    void setUp() {
        // a database of its own per test: nothing carries over
        MongoTemplate mongo =
                new MongoTemplate(MongoClients.create(TestStores.mongo().uri("gate")), "gate-" + UUID.randomUUID());
        gate = new IdentityGateProcess(mongo, commands);
    }

    @Test
    void givenAnUnverifiedBorrower_whenTheyApply_thenTheApplicationWaitsAndIsConfirmedOnceKycVerifiesThem() {
        gate.on(submitted("app-1", "b-1"));
        verify(commands, never()).sendAndWait(new ConfirmBorrowerIdentity("app-1"));
        assertThat(gate.mayBorrow("b-1")).isFalse();

        gate.on(verified("b-1", CustomerRole.BORROWER));

        InOrder steps = inOrder(commands);
        steps.verify(commands).sendAndWait(new ConfirmBorrowerIdentity("app-1"));
        steps.verify(commands).sendAndWait(new LiftBorrowerRestriction("b-1", "verified"));
        assertThat(gate.mayBorrow("b-1")).isTrue();
        assertThat(gate.mayLend("b-1")).isFalse();
    }

    @Test
    void givenAVerifiedBorrower_whenTheyApply_thenTheApplicationIsConfirmedAtOnce() {
        gate.on(verified("b-1", CustomerRole.BORROWER));

        gate.on(submitted("app-2", "b-1"));

        verify(commands).sendAndWait(new ConfirmBorrowerIdentity("app-2"));
    }

    @Test
    void givenAVerifiedBorrowerAndLender_whenBlockedBySanctionsScreening_thenBothSidesAreFrozenAndTheyMayDoNeither() {
        gate.on(verified("c-1", CustomerRole.BORROWER, CustomerRole.LENDER));

        gate.on(new CustomerReferred("c-1", CustomerStatus.BLOCKED, List.of("listed"), NOW));

        String reason = "blocked: a sanctions list match, assets frozen until cleared";
        verify(commands).sendAndWait(new RestrictBorrower("c-1", true, reason));
        verify(commands).sendAndWait(new RestrictLender("c-1", true, reason));
        assertThat(gate.mayBorrow("c-1")).isFalse();
        assertThat(gate.mayLend("c-1")).isFalse();
    }

    @Test
    void givenASuspendedLender_whenTheOfficersNoteComes_thenLendingRecordsOnlyANeutralReasonWithoutAFreeze() {
        gate.on(verified("l-1", CustomerRole.LENDER));

        gate.on(new CustomerSuspended("l-1", "suspicion report filed", "ops-1", NOW));

        verify(commands).sendAndWait(new RestrictLender("l-1", false, "identity suspended"));
        verify(commands, never()).sendAndWait(new RestrictBorrower("l-1", false, "identity suspended"));
    }

    @Test
    void givenAnApplicationAlreadyWaiting_whenItsEventIsRedelivered_thenItIsConfirmedOnlyOnce() {
        gate.on(submitted("app-3", "b-3"));
        gate.on(submitted("app-3", "b-3"));

        gate.on(verified("b-3", CustomerRole.BORROWER));

        verify(commands).sendAndWait(new ConfirmBorrowerIdentity("app-3"));
    }

    private static LoanApplicationSubmitted submitted(String applicationId, String borrowerId) {
        return new LoanApplicationSubmitted(
                applicationId, borrowerId, 2_000_00, "GBP", 36, LoanPurpose.CAR, null, null, NOW);
    }

    private static CustomerVerified verified(String customerId, CustomerRole... roles) {
        return new CustomerVerified(customerId, Set.of(roles), RiskRating.LOW, LocalDate.of(2029, 1, 1), "system", NOW);
    }
}
