package io.peerlend.kyc.aml.domain;

import io.peerlend.kyc.api.AmlAlert;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The monitoring rules the platform runs, each small and named. */
public final class AmlRules {

    public static final String LARGE_DEPOSIT = "LARGE_DEPOSIT";
    public static final String STRUCTURING = "STRUCTURING";
    public static final String IN_AND_OUT = "IN_AND_OUT";
    public static final String VELOCITY = "VELOCITY";
    public static final String EARLY_PAYOFF = "EARLY_PAYOFF";
    public static final String DORMANT_REACTIVATION = "DORMANT_REACTIVATION";
    public static final String THIRD_PARTY_PAYER = "THIRD_PARTY_PAYER";

    private AmlRules() {}

    public static List<MonitoringRule> all() {
        return List.of(
                AmlRules::largeDeposit,
                AmlRules::structuring,
                AmlRules::inAndOut,
                AmlRules::velocity,
                AmlRules::earlyPayoff,
                AmlRules::dormantReactivation,
                AmlRules::thirdPartyPayer);
    }

    static Optional<AmlAlert> largeDeposit(List<MoneyMovement> history, MoneyMovement latest, MonitoringProfile p) {
        if (latest.kind() != MoneyMovement.Kind.DEPOSIT || latest.amountMinor() < p.largeDepositMinor()) {
            return Optional.empty();
        }
        return Optional.of(new AmlAlert(
                LARGE_DEPOSIT,
                "a single deposit of " + money(latest.amountMinor(), latest) + " is at or over the threshold of "
                        + money(p.largeDepositMinor(), latest),
                List.of(latest.evidence()),
                latest.at()));
    }

    /**
     * Money in from an account in someone else's name: whoever pays for a customer is a party the platform has not
     * verified (a common way to place money through another's account).
     */
    static Optional<AmlAlert> thirdPartyPayer(List<MoneyMovement> history, MoneyMovement latest, MonitoringProfile p) {
        if (!latest.moneyIn() || !latest.fromThirdParty()) {
            return Optional.empty();
        }
        return Optional.of(new AmlAlert(
                THIRD_PARTY_PAYER,
                "a payment in of " + money(latest.amountMinor(), latest)
                        + " came from an account that is not in the customer's name",
                List.of(latest.evidence()),
                latest.at()));
    }

    /**
     * Several payments in (deposits, or a borrower's payments) each just below the threshold, close together, that
     * together exceed it.
     */
    static Optional<AmlAlert> structuring(List<MoneyMovement> history, MoneyMovement latest, MonitoringProfile p) {
        long floor = p.largeDepositMinor() * p.structuringPercent() / 100;
        if (!justBelow(latest, floor, p)) {
            return Optional.empty();
        }
        List<MoneyMovement> near = within(history, latest.at().minus(p.structuringWindow()), latest.at()).stream()
                .filter(m -> justBelow(m, floor, p))
                .toList();
        long total = near.stream().mapToLong(MoneyMovement::amountMinor).sum();
        if (near.size() < 2 || total < p.largeDepositMinor()) {
            return Optional.empty();
        }
        return Optional.of(new AmlAlert(
                STRUCTURING,
                near.size() + " payments in just below the threshold of "
                        + money(p.largeDepositMinor(), latest) + " within " + days(p.structuringWindow()) + ", "
                        + money(total, latest) + " in all",
                evidence(near),
                latest.at()));
    }

    /** Money withdrawn soon after it came in, without being lent: the platform used as a pass-through. */
    static Optional<AmlAlert> inAndOut(List<MoneyMovement> history, MoneyMovement latest, MonitoringProfile p) {
        if (latest.kind() != MoneyMovement.Kind.WITHDRAWAL) {
            return Optional.empty();
        }
        List<MoneyMovement> window = within(history, latest.at().minus(p.inAndOutWindow()), latest.at());
        List<MoneyMovement> deposits = window.stream()
                .filter(m -> m.kind() == MoneyMovement.Kind.DEPOSIT)
                .toList();
        long deposited = deposits.stream().mapToLong(MoneyMovement::amountMinor).sum();
        boolean lent = window.stream().anyMatch(m -> m.kind() == MoneyMovement.Kind.LENT);
        if (deposits.isEmpty() || lent || latest.amountMinor() * 100 < deposited * p.inAndOutPercent()) {
            return Optional.empty();
        }
        List<AmlAlert.Evidence> evidence = new ArrayList<>(evidence(deposits));
        evidence.add(latest.evidence());
        return Optional.of(new AmlAlert(
                IN_AND_OUT,
                money(latest.amountMinor(), latest) + " withdrawn within " + days(p.inAndOutWindow())
                        + " of depositing " + money(deposited, latest) + ", nothing lent",
                evidence,
                latest.at()));
    }

    /** Deposits far above the customer's own usual pace. New customers have no pace yet and are not judged. */
    static Optional<AmlAlert> velocity(List<MoneyMovement> history, MoneyMovement latest, MonitoringProfile p) {
        if (latest.kind() != MoneyMovement.Kind.DEPOSIT || history.isEmpty()) {
            return Optional.empty();
        }
        Instant windowStart = latest.at().minus(p.velocityWindow());
        Instant baselineStart = windowStart.minus(p.velocityBaseline());
        if (history.get(0).at().isAfter(baselineStart.plus(p.velocityBaseline().dividedBy(2)))) {
            return Optional.empty(); // less than half a baseline period of history
        }
        List<MoneyMovement> recent = deposits(within(history, windowStart, latest.at()));
        long recentSum = recent.stream().mapToLong(MoneyMovement::amountMinor).sum();
        long baselineSum = deposits(within(history, baselineStart, windowStart.minusNanos(1))).stream()
                .mapToLong(MoneyMovement::amountMinor)
                .sum();
        long periods = Math.max(
                1, p.velocityBaseline().toSeconds() / p.velocityWindow().toSeconds());
        long usual = baselineSum / periods;
        if (recentSum < p.velocityMinimumMinor()
                || recentSum < usual * p.velocityFactor()
                || usual == 0 && recentSum < p.velocityMinimumMinor() * p.velocityFactor()) {
            return Optional.empty();
        }
        return Optional.of(new AmlAlert(
                VELOCITY,
                money(recentSum, latest) + " deposited within "
                        + days(p.velocityWindow()) + ", against a usual " + money(usual, latest) + " per "
                        + days(p.velocityWindow()),
                evidence(recent),
                latest.at()));
    }

    /**
     * A loan paid off in full soon after it was paid out: money borrowed and repaid from elsewhere, a way to give
     * funds of unknown origin the look of a loan repaid (FATF's red flags for lending).
     */
    static Optional<AmlAlert> earlyPayoff(List<MoneyMovement> history, MoneyMovement latest, MonitoringProfile p) {
        if (latest.kind() != MoneyMovement.Kind.PAID_OFF || latest.amountMinor() < p.earlyPayoffMinimumMinor()) {
            return Optional.empty();
        }
        Optional<MoneyMovement> borrowed = history.stream()
                .filter(m -> m.kind() == MoneyMovement.Kind.BORROWED
                        && latest.loanId().equals(m.loanId()))
                .filter(m -> !m.at().isBefore(latest.at().minus(p.earlyPayoffWindow())))
                .findFirst();
        return borrowed.map(paidOut -> new AmlAlert(
                EARLY_PAYOFF,
                "a loan paid out " + days(Duration.between(paidOut.at(), latest.at())) + " before was paid off in full"
                        + " with " + money(latest.amountMinor(), latest),
                List.of(paidOut.evidence(), latest.evidence()),
                latest.at()));
    }

    /** A large deposit into an account that had not moved for a long time. */
    static Optional<AmlAlert> dormantReactivation(
            List<MoneyMovement> history, MoneyMovement latest, MonitoringProfile p) {
        if (latest.kind() != MoneyMovement.Kind.DEPOSIT || latest.amountMinor() < p.dormantMinimumMinor()) {
            return Optional.empty();
        }
        Optional<MoneyMovement> previous =
                history.stream().filter(m -> m.at().isBefore(latest.at())).reduce((earlier, later) -> later);
        if (previous.isEmpty()
                || Duration.between(previous.get().at(), latest.at()).compareTo(p.dormantAfter()) < 0) {
            return Optional.empty();
        }
        return Optional.of(new AmlAlert(
                DORMANT_REACTIVATION,
                "a deposit of " + money(latest.amountMinor(), latest) + " after "
                        + days(Duration.between(previous.get().at(), latest.at())) + " without any movement",
                List.of(previous.get().evidence(), latest.evidence()),
                latest.at()));
    }

    private static boolean justBelow(MoneyMovement m, long floor, MonitoringProfile p) {
        return m.moneyIn() && m.amountMinor() >= floor && m.amountMinor() < p.largeDepositMinor();
    }

    private static List<MoneyMovement> within(List<MoneyMovement> history, Instant from, Instant to) {
        return history.stream()
                .filter(m -> !m.at().isBefore(from) && !m.at().isAfter(to))
                .toList();
    }

    private static List<MoneyMovement> deposits(List<MoneyMovement> movements) {
        return movements.stream()
                .filter(m -> m.kind() == MoneyMovement.Kind.DEPOSIT)
                .toList();
    }

    private static List<AmlAlert.Evidence> evidence(List<MoneyMovement> movements) {
        return movements.stream().map(MoneyMovement::evidence).toList();
    }

    private static String money(long minor, MoneyMovement like) {
        int digits = Currency.getInstance(like.currency()).getDefaultFractionDigits();
        return like.currency() + " " + BigDecimal.valueOf(minor, digits).toPlainString();
    }

    private static String days(Duration d) {
        return d.toDays() + " days";
    }
}
