package io.peerlend.kyc.aml.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.kyc.api.AmlAlert;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmlRulesTest {

    static final MonitoringProfile UK = new MonitoringProfile(
            10_000_00,
            80,
            Duration.ofDays(7),
            Duration.ofDays(30),
            80,
            Duration.ofDays(7),
            Duration.ofDays(90),
            5,
            2_500_00,
            Duration.ofDays(90),
            5_000_00,
            Duration.ofDays(180),
            5_000_00);
    static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");

    private final List<MoneyMovement> history = new ArrayList<>();

    private MoneyMovement move(MoneyMovement.Kind kind, long minor, int day) {
        MoneyMovement m =
                new MoneyMovement(kind + "-" + history.size(), kind, minor, "GBP", T0.plus(Duration.ofDays(day)));
        history.add(m);
        history.sort(Comparator.comparing(MoneyMovement::at));
        return m;
    }

    private MoneyMovement borrower(MoneyMovement.Kind kind, long minor, int day, String loanId) {
        MoneyMovement m = new MoneyMovement(
                kind + "-" + history.size(), kind, minor, "GBP", T0.plus(Duration.ofDays(day)), loanId);
        history.add(m);
        history.sort(Comparator.comparing(MoneyMovement::at));
        return m;
    }

    private List<String> rulesFiring(MoneyMovement latest) {
        return AmlRules.all().stream()
                .map(r -> r.check(history, latest, UK))
                .flatMap(Optional::stream)
                .map(AmlAlert::rule)
                .toList();
    }

    private MoneyMovement paidIn(long minor, int day, Boolean thirdParty) {
        MoneyMovement m = new MoneyMovement(
                "in-" + history.size(),
                MoneyMovement.Kind.DEPOSIT,
                minor,
                "GBP",
                T0.plus(Duration.ofDays(day)),
                null,
                thirdParty);
        history.add(m);
        return m;
    }

    @Test
    void givenADepositFromAnAccountInSomeoneElsesName_whenChecked_thenThirdPartyPayerWithItsEvidence() {
        MoneyMovement small = paidIn(50_00, 0, true);

        assertThat(rulesFiring(small)).containsExactly(AmlRules.THIRD_PARTY_PAYER);
        AmlAlert alert = AmlRules.thirdPartyPayer(history, small, UK).orElseThrow();
        assertThat(alert.evidence()).extracting(AmlAlert.Evidence::movementId).containsExactly(small.id());
        assertThat(alert.description()).contains("GBP 50.00").contains("not in the customer's name");
    }

    @Test
    void givenDepositsFromTheCustomersOwnAccountOrFromAPayerNobodyCouldCheck_whenChecked_thenNoThirdPartyAlert() {
        assertThat(rulesFiring(paidIn(50_00, 0, false))).isEmpty();
        assertThat(rulesFiring(paidIn(60_00, 1, null))).isEmpty();
    }

    @Test
    void givenADepositAtTheThreshold_whenChecked_thenLargeDepositWithItsEvidence() {
        MoneyMovement big = move(MoneyMovement.Kind.DEPOSIT, 10_000_00, 0);
        Optional<AmlAlert> alert = AmlRules.largeDeposit(history, big, UK);

        assertThat(alert).hasValueSatisfying(a -> {
            assertThat(a.description())
                    .isEqualTo("a single deposit of GBP 10000.00 is at or over the threshold of GBP 10000.00");
            assertThat(a.evidence()).extracting(AmlAlert.Evidence::movementId).containsExactly(big.id());
        });
        assertThat(AmlRules.largeDeposit(history, move(MoneyMovement.Kind.DEPOSIT, 9_999_99, 1), UK))
                .isEmpty();
    }

    @Test
    void givenDepositsJustBelowTheThresholdWithinDays_whenTogetherOverIt_thenStructuring() {
        move(MoneyMovement.Kind.DEPOSIT, 9_500_00, 0);
        assertThat(rulesFiring(history.get(0))).isEmpty();
        MoneyMovement second = move(MoneyMovement.Kind.DEPOSIT, 9_000_00, 3);

        assertThat(rulesFiring(second)).containsExactly(AmlRules.STRUCTURING);
        assertThat(AmlRules.structuring(history, second, UK).orElseThrow().description())
                .isEqualTo("2 payments in just below the threshold of GBP 10000.00 within 7 days, GBP 18500.00 in all");
    }

    @Test
    void givenTheSameDepositsTwoWeeksApart_whenChecked_thenNoStructuring() {
        move(MoneyMovement.Kind.DEPOSIT, 9_500_00, 0);
        MoneyMovement later = move(MoneyMovement.Kind.DEPOSIT, 9_000_00, 14);

        assertThat(AmlRules.structuring(history, later, UK)).isEmpty();
    }

    @Test
    void givenMoneyWithdrawnSoonAfterDepositWithoutLending_whenChecked_thenInAndOut() {
        move(MoneyMovement.Kind.DEPOSIT, 5_000_00, 0);
        MoneyMovement out = move(MoneyMovement.Kind.WITHDRAWAL, 4_900_00, 10);

        assertThat(rulesFiring(out)).containsExactly(AmlRules.IN_AND_OUT);
        assertThat(AmlRules.inAndOut(history, out, UK).orElseThrow().evidence()).hasSize(2);
    }

    @Test
    void givenMoneyLentInBetween_whenWithdrawn_thenNoInAndOut() {
        move(MoneyMovement.Kind.DEPOSIT, 5_000_00, 0);
        move(MoneyMovement.Kind.LENT, 3_000_00, 2);
        MoneyMovement out = move(MoneyMovement.Kind.WITHDRAWAL, 4_900_00, 10);

        assertThat(AmlRules.inAndOut(history, out, UK)).isEmpty();
    }

    @Test
    void givenASmallPartWithdrawn_whenChecked_thenNoInAndOut() {
        move(MoneyMovement.Kind.DEPOSIT, 5_000_00, 0);
        assertThat(AmlRules.inAndOut(history, move(MoneyMovement.Kind.WITHDRAWAL, 1_000_00, 5), UK))
                .isEmpty();
    }

    @Test
    void givenDepositsFarAboveTheCustomersUsualPace_whenChecked_thenVelocity() {
        for (int week = 0; week < 13; week++) {
            move(MoneyMovement.Kind.DEPOSIT, 200_00, week * 7);
        }
        move(MoneyMovement.Kind.DEPOSIT, 2_000_00, 96);
        MoneyMovement burst = move(MoneyMovement.Kind.DEPOSIT, 2_000_00, 97);
        // the window (days 90-97) holds the two new deposits; the 90 days before hold 13 x 200 = 2600, 12 weeks

        assertThat(rulesFiring(burst)).containsExactly(AmlRules.VELOCITY);
        assertThat(AmlRules.velocity(history, burst, UK).orElseThrow().description())
                .isEqualTo("GBP 4000.00 deposited within 7 days, against a usual GBP 216.66 per 7 days");
    }

    @Test
    void givenANewCustomer_whenTheyDepositOften_thenNoVelocityJudgementYet() {
        move(MoneyMovement.Kind.DEPOSIT, 2_000_00, 0);
        MoneyMovement second = move(MoneyMovement.Kind.DEPOSIT, 2_000_00, 1);

        assertThat(AmlRules.velocity(history, second, UK)).isEmpty();
    }

    @Test
    void givenALoanPaidOffInFullWeeksAfterItWasPaidOut_whenChecked_thenEarlyPayoffWithBothMovements() {
        MoneyMovement paidOut = borrower(MoneyMovement.Kind.BORROWED, 8_000_00, 0, "loan-1");
        borrower(MoneyMovement.Kind.REPAID, 250_00, 30, "loan-1");
        MoneyMovement payoff = borrower(MoneyMovement.Kind.PAID_OFF, 7_900_00, 45, "loan-1");

        assertThat(rulesFiring(payoff)).containsExactly(AmlRules.EARLY_PAYOFF);
        assertThat(AmlRules.earlyPayoff(history, payoff, UK)).hasValueSatisfying(a -> {
            assertThat(a.description())
                    .isEqualTo("a loan paid out 45 days before was paid off in full with GBP 7900.00");
            assertThat(a.evidence())
                    .extracting(AmlAlert.Evidence::movementId)
                    .containsExactly(paidOut.id(), payoff.id());
        });
    }

    @Test
    void givenAPayoffAfterTheWindowOrSmallOrOfAnotherLoan_whenChecked_thenNoEarlyPayoff() {
        borrower(MoneyMovement.Kind.BORROWED, 8_000_00, 0, "loan-1");
        borrower(MoneyMovement.Kind.BORROWED, 3_000_00, 0, "loan-2");

        assertThat(AmlRules.earlyPayoff(history, borrower(MoneyMovement.Kind.PAID_OFF, 7_000_00, 120, "loan-1"), UK))
                .isEmpty();
        assertThat(AmlRules.earlyPayoff(history, borrower(MoneyMovement.Kind.PAID_OFF, 2_900_00, 20, "loan-2"), UK))
                .isEmpty();
        assertThat(AmlRules.earlyPayoff(history, borrower(MoneyMovement.Kind.PAID_OFF, 6_000_00, 20, "loan-3"), UK))
                .isEmpty();
    }

    @Test
    void givenRepaymentsJustBelowTheThreshold_whenTogetherOverIt_thenStructuringCountsThemAsMoneyIn() {
        borrower(MoneyMovement.Kind.REPAID, 9_000_00, 0, "loan-1");
        MoneyMovement second = move(MoneyMovement.Kind.DEPOSIT, 8_500_00, 2);

        assertThat(rulesFiring(second)).containsExactly(AmlRules.STRUCTURING);
    }

    @Test
    void givenAnAccountStillForHalfAYear_whenALargeDepositWakesIt_thenDormantReactivation() {
        MoneyMovement last = move(MoneyMovement.Kind.DEPOSIT, 100_00, 0);
        MoneyMovement wake = move(MoneyMovement.Kind.DEPOSIT, 6_000_00, 200);

        assertThat(rulesFiring(wake)).containsExactly(AmlRules.DORMANT_REACTIVATION);
        assertThat(AmlRules.dormantReactivation(history, wake, UK).orElseThrow())
                .satisfies(a -> {
                    assertThat(a.description())
                            .isEqualTo("a deposit of GBP 6000.00 after 200 days without any movement");
                    assertThat(a.evidence())
                            .extracting(AmlAlert.Evidence::movementId)
                            .containsExactly(last.id(), wake.id());
                });
    }

    @Test
    void givenARecentMovementASmallDepositOrANewCustomer_whenChecked_thenNotDormant() {
        MoneyMovement first = move(MoneyMovement.Kind.DEPOSIT, 6_000_00, 0);
        assertThat(AmlRules.dormantReactivation(history, first, UK)).isEmpty();
        assertThat(AmlRules.dormantReactivation(history, move(MoneyMovement.Kind.DEPOSIT, 6_000_00, 100), UK))
                .isEmpty();
        assertThat(AmlRules.dormantReactivation(history, move(MoneyMovement.Kind.DEPOSIT, 4_000_00, 300), UK))
                .isEmpty();
    }
}
