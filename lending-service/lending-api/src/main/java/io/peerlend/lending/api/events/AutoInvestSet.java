package io.peerlend.lending.api.events;

import io.peerlend.lending.api.commands.SetAutoInvest;
import java.time.Instant;
import java.util.List;

/** The lender's auto-invest rule is now this one (see {@link SetAutoInvest}). */
public record AutoInvestSet(
        String lenderId,
        boolean enabled,
        List<String> marketIds,
        int minRateBps,
        int maxRateBps,
        long maxPerLoanMinor,
        boolean reinvestRepayments,
        Instant setAt) {}
