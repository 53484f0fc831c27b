package io.peerlend.scoring.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * What the scorecard reads about an applicant, in the platform's own terms. Every field is required.
 *
 * @param termMonths            the loan's term
 * @param employmentYears       years with the current employer (or self-employed); ignored when unemployed
 * @param existingCredits       credits the applicant already has, this loan not counted
 */
public record Applicant(
        @NotNull(message = "is required") CurrentAccount currentAccount,

        @NotNull(message = "is required")
        @Min(value = 1, message = "must be at least 1")
        @Max(value = 120, message = "must be at most 120")
        Integer termMonths,

        @NotNull(message = "is required") CreditHistory creditHistory,
        @NotNull(message = "is required") Purpose purpose,
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
