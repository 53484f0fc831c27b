package io.peerlend.lending.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * What the borrower declares about themselves on the application; the credit grade is worked out from it. The
 * answers are lending's own terms (its enums here), not the scoring model's: a new model maps them as it needs, and
 * applications stored under an older model still read.
 */
public record Circumstances(
        @NotNull(message = "is required") CurrentAccount currentAccount,
        @NotNull(message = "is required") CreditHistory creditHistory,
        @NotNull(message = "is required") Savings savings,
        @NotNull(message = "is required") EmploymentStatus employmentStatus,

        @NotNull(message = "is required")
        @Min(value = 0, message = "must not be negative")
        @Max(value = 60, message = "must be at most 60")
        Integer employmentYears,

        @NotNull(message = "is required") Property property,

        @NotNull(message = "is required")
        @Min(value = 18, message = "must be at least 18")
        @Max(value = 120, message = "must be at most 120")
        Integer age,

        @NotNull(message = "is required") OtherInstalmentPlans otherInstalmentPlans,
        @NotNull(message = "is required") Housing housing,

        @NotNull(message = "is required")
        @Min(value = 0, message = "must not be negative")
        @Max(value = 50, message = "must be at most 50")
        Integer existingCredits) {}
