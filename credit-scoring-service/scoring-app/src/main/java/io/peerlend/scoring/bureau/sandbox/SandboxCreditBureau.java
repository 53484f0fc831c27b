package io.peerlend.scoring.bureau.sandbox;

import io.peerlend.scoring.api.BureauSubject;
import io.peerlend.scoring.api.CreditHistory;
import io.peerlend.scoring.api.CurrentAccount;
import io.peerlend.scoring.api.OtherInstalmentPlans;
import io.peerlend.scoring.bureau.domain.BureauReport;
import io.peerlend.scoring.bureau.domain.BureauUnavailableException;
import io.peerlend.scoring.bureau.domain.CreditBureau;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A SANDBOX credit bureau for development and tests: no real agency is called. Deterministic profiles are chosen by
 * the subject's postcode (see {@code docs/credit-bureau.md}); every other postcode has no credit file.
 */
public final class SandboxCreditBureau implements CreditBureau {

    /** The documented test identities' postcodes and what their files say. */
    public static final Map<String, BureauReport> PROFILES = Map.of(
            "SB1 1AA",
                    new BureauReport(
                            CurrentAccount.HEALTHY,
                            CreditHistory.EXISTING_REPAID_ON_TIME,
                            OtherInstalmentPlans.NONE,
                            1),
            "SB2 2BB",
                    new BureauReport(CurrentAccount.OVERDRAWN, CreditHistory.PAST_DELAYS, OtherInstalmentPlans.BANK, 3),
            "SB3 3CC", new BureauReport(null, CreditHistory.ALL_REPAID_HERE, null, null));
    /** A postcode whose lookups fail as if the agency were down. */
    public static final String UNAVAILABLE_POSTCODE = "SB9 9ZZ";

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public Optional<BureauReport> lookup(BureauSubject subject) {
        String postcode = subject.postcode().trim().toUpperCase(Locale.ROOT);
        if (postcode.equals(UNAVAILABLE_POSTCODE)) {
            throw new BureauUnavailableException("sandbox bureau: simulated outage", null);
        }
        return Optional.ofNullable(PROFILES.get(postcode));
    }
}
