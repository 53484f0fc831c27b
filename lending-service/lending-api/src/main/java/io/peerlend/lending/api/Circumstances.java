package io.peerlend.lending.api;

import io.peerlend.scoring.api.CreditHistory;
import io.peerlend.scoring.api.CurrentAccount;
import io.peerlend.scoring.api.EmploymentStatus;
import io.peerlend.scoring.api.Housing;
import io.peerlend.scoring.api.OtherInstalmentPlans;
import io.peerlend.scoring.api.Property;
import io.peerlend.scoring.api.Savings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** What the borrower declares about themselves on the application; the credit grade is worked out from it. */
public record Circumstances(
        @NotNull(message = "is required") CurrentAccount currentAccount,
        @NotNull(message = "is required") CreditHistory creditHistory,
        @NotNull(message = "is required") Savings savings,
        @NotNull(message = "is required") EmploymentStatus employmentStatus,
        @NotNull(message = "is required") @Min(value = 0, message = "must not be negative") @Max(value = 60, message = "must be at most 60") Integer employmentYears,
        @NotNull(message = "is required") Property property,
        @NotNull(message = "is required") @Min(value = 18, message = "must be at least 18") @Max(value = 120, message = "must be at most 120") Integer age,
        @NotNull(message = "is required") OtherInstalmentPlans otherInstalmentPlans,
        @NotNull(message = "is required") Housing housing,
        @NotNull(message = "is required") @Min(value = 0, message = "must not be negative") @Max(value = 50, message = "must be at most 50") Integer existingCredits) {
}
