package io.peerlend.lending.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One loan part's own schedule, at its lender's rate: the borrower's instalment is the sum of the parts' instalments
 * (each part's cents are its own, so the sum is exact), and each lender is paid what their part's instalment holds.
 */
public record PartSchedule(String lenderId, BigDecimal ratePercent, List<ScheduledInstalment> instalments) {}
