package io.peerlend.lending.api.events;

import io.peerlend.lending.api.InvestorCategory;
import java.time.Instant;

/** {@code limitMinor} is what the lender may commit in 12 months, or -1 for no limit. */
public record InvestorCategorised(String lenderId, InvestorCategory category, long limitMinor, Instant declaredAt) {}
