package io.peerlend.kyc.complaints.domain;

import io.peerlend.kyc.api.ComplaintAcknowledged;
import io.peerlend.kyc.api.ComplaintCategory;
import io.peerlend.kyc.api.ComplaintEscalated;
import io.peerlend.kyc.api.ComplaintOutcome;
import io.peerlend.kyc.api.ComplaintRaised;
import io.peerlend.kyc.api.ComplaintResolved;
import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.EscalateComplaint;
import io.peerlend.kyc.api.RaiseComplaint;
import io.peerlend.kyc.api.RespondToComplaint;
import io.peerlend.kyc.api.Sealed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

class ComplaintTest {

    static final Instant RAISED_AT = Instant.parse("2027-03-01T10:00:00Z");
    static final LocalDate DUE = LocalDate.parse("2027-04-26"); // eight weeks after 1 March
    static final Sealed TEXT = new Sealed("c-1", "sealed-description");
    static final Sealed LETTER = new Sealed("c-1", "sealed-response");
    static final ComplaintPolicy UK =
            new ComplaintPolicy(Period.ofWeeks(8), "the Financial Ombudsman Service", ZoneId.of("Europe/London"));
    static final ComplaintRaised RAISED = new ComplaintRaised(
            "cmp-1",
            "c-1",
            CustomerRole.BORROWER,
            ComplaintCategory.LOAN_TERMS_AND_FEES,
            "loan-1",
            TEXT,
            RAISED_AT,
            DUE);

    private AggregateTestFixture<Complaint> fixtureAt(Instant now) {
        AggregateTestFixture<Complaint> fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource(UK);
        return fixture;
    }

    @Test
    void givenACustomer_whenTheyComplain_thenItIsAcknowledgedAtOnceWithTheDayTheFinalResponseIsDue() {
        fixtureAt(RAISED_AT)
                .givenNoPriorActivity()
                .when(new RaiseComplaint(
                        "cmp-1", "c-1", CustomerRole.BORROWER, ComplaintCategory.LOAN_TERMS_AND_FEES, "loan-1", TEXT))
                .expectEvents(
                        RAISED,
                        new ComplaintAcknowledged("cmp-1", "c-1", DUE, "the Financial Ombudsman Service", RAISED_AT))
                .expectResultMessagePayload(DUE);
    }

    @Test
    void givenARaisedComplaint_whenTheSameFormIsSentAgain_thenNothingNewHappens() {
        fixtureAt(RAISED_AT.plusSeconds(5))
                .given(RAISED)
                .when(new RaiseComplaint(
                        "cmp-1", "c-1", CustomerRole.BORROWER, ComplaintCategory.LOAN_TERMS_AND_FEES, "loan-1", TEXT))
                .expectNoEvents();
    }

    @Test
    void givenAnOpenComplaint_whenAnOfficerRespondsOnTheDueDay_thenItIsResolvedWithinTheDeadline() {
        Instant dueDay = Instant.parse("2027-04-26T16:00:00Z");
        fixtureAt(dueDay)
                .given(RAISED)
                .when(new RespondToComplaint("cmp-1", "officer-1", ComplaintOutcome.PARTLY_UPHELD, LETTER, 5000, "GBP"))
                .expectEvents(new ComplaintResolved(
                        "cmp-1",
                        "c-1",
                        ComplaintCategory.LOAN_TERMS_AND_FEES,
                        ComplaintOutcome.PARTLY_UPHELD,
                        LETTER,
                        5000,
                        "GBP",
                        "officer-1",
                        dueDay,
                        true));
    }

    @Test
    void givenAnOpenComplaint_whenTheResponseComesTheDayAfter_thenItIsRecordedAsLate() {
        Instant late = Instant.parse("2027-04-27T09:00:00Z");
        fixtureAt(late)
                .given(RAISED)
                .when(new RespondToComplaint("cmp-1", "officer-1", ComplaintOutcome.NOT_UPHELD, LETTER, 0, "GBP"))
                .expectEvents(new ComplaintResolved(
                        "cmp-1",
                        "c-1",
                        ComplaintCategory.LOAN_TERMS_AND_FEES,
                        ComplaintOutcome.NOT_UPHELD,
                        LETTER,
                        0,
                        "GBP",
                        "officer-1",
                        late,
                        false));
    }

    @Test
    void givenAResolvedComplaint_whenAnsweredAgain_thenRefused() {
        fixtureAt(RAISED_AT.plusSeconds(60))
                .given(RAISED, resolved())
                .when(new RespondToComplaint("cmp-1", "officer-2", ComplaintOutcome.UPHELD, LETTER, 0, "GBP"))
                .expectException(ComplaintRuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenAnOpenComplaintNotYetDue_whenTheCustomerEscalates_thenTheyAreToldWhenTheyMay() {
        fixtureAt(Instant.parse("2027-04-20T10:00:00Z"))
                .given(RAISED)
                .when(new EscalateComplaint("cmp-1", "c-1"))
                .expectException(ComplaintRuleBroken.class)
                .expectExceptionMessage(Matchers.containsString("due by 2027-04-26"))
                .expectNoEvents();
    }

    @Test
    void givenAnOverdueComplaint_whenTheCustomerEscalates_thenItGoesToTheOmbudsmanForNoResponseInTime() {
        Instant after = Instant.parse("2027-04-27T08:00:00Z");
        fixtureAt(after)
                .given(RAISED)
                .when(new EscalateComplaint("cmp-1", "c-1"))
                .expectEvents(new ComplaintEscalated(
                        "cmp-1",
                        "c-1",
                        ComplaintCategory.LOAN_TERMS_AND_FEES,
                        ComplaintEscalated.Reason.NO_FINAL_RESPONSE_IN_TIME,
                        after));
    }

    @Test
    void givenAFinalResponse_whenTheCustomerDisagrees_thenTheyMayEscalateAtOnce_butNotTwiceNorSomeoneElse() {
        Instant next = RAISED_AT.plusSeconds(3600);
        fixtureAt(next)
                .given(RAISED, resolved())
                .when(new EscalateComplaint("cmp-1", "c-1"))
                .expectEvents(new ComplaintEscalated(
                        "cmp-1",
                        "c-1",
                        ComplaintCategory.LOAN_TERMS_AND_FEES,
                        ComplaintEscalated.Reason.DISAGREES_WITH_RESPONSE,
                        next));
        fixtureAt(next)
                .given(RAISED, resolved())
                .when(new EscalateComplaint("cmp-1", "c-2"))
                .expectException(ComplaintRuleBroken.class)
                .expectNoEvents();
        fixtureAt(next)
                .given(
                        RAISED,
                        resolved(),
                        new ComplaintEscalated(
                                "cmp-1",
                                "c-1",
                                ComplaintCategory.LOAN_TERMS_AND_FEES,
                                ComplaintEscalated.Reason.DISAGREES_WITH_RESPONSE,
                                next))
                .when(new EscalateComplaint("cmp-1", "c-1"))
                .expectException(ComplaintRuleBroken.class);
    }

    private static ComplaintResolved resolved() {
        return new ComplaintResolved(
                "cmp-1",
                "c-1",
                ComplaintCategory.LOAN_TERMS_AND_FEES,
                ComplaintOutcome.NOT_UPHELD,
                LETTER,
                0,
                "GBP",
                "officer-1",
                RAISED_AT.plusSeconds(30),
                true);
    }
}
