package io.peerlend.lending.api.http;

import io.peerlend.lending.api.LoanPurpose;
import java.time.Instant;
import java.util.List;

/**
 * What a borrower sees of one of their applications.
 *
 * @param status  {@code SUBMITTED} (waiting for its credit decision), {@code SCORED} or {@code DECLINED}
 * @param grade   the credit grade once scored
 * @param reasons the adverse factors (or the reasons for declining), in plain words
 */
public record LoanApplicationView(
        String id,
        String amount,
        String currency,
        int termMonths,
        LoanPurpose purpose,
        String status,
        String grade,
        List<String> reasons,
        Instant submittedAt) {}
