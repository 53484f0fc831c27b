package io.peerlend.lending.api.events;

import io.peerlend.lending.api.InvestorCategory;
import java.time.Instant;

/** The account now checks every commitment against this limit in any 12 months ({@code -1}: none). */
public record InvestmentLimitSet(String lenderId, InvestorCategory category, long limitMinor, Instant setAt) {}
