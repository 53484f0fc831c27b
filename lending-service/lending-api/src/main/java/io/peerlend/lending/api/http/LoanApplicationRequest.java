package io.peerlend.lending.api.http;

import io.peerlend.lending.api.Circumstances;
import io.peerlend.lending.api.LoanPurpose;
import io.peerlend.lending.api.MonthlyFinances;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Body of {@code POST /api/lending/applications}. The amount is a decimal string so no precision is lost. */
public record LoanApplicationRequest(
        @NotBlank(message = "is required")
        @Pattern(regexp = "\\d{1,12}(\\.\\d{1,2})?", message = "must be a decimal amount such as \"5000.00\"")
        String amount,

        @NotNull(message = "is required") Integer termMonths,

        @NotNull(
                message = "is required; one of DEBT_CONSOLIDATION, HOME_IMPROVEMENT, CAR, EDUCATION, WEDDING, "
                        + "HOLIDAY, MEDICAL, BUSINESS, OTHER")
        LoanPurpose purpose,

        @NotNull(message = "is required") @Valid MonthlyFinances finances,
        @NotNull(message = "is required") @Valid Circumstances circumstances) {}
