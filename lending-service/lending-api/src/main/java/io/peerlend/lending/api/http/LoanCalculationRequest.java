package io.peerlend.lending.api.http;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /public/loan-calculator}: amounts as decimal strings in the profile's currency, the rate in percent a
 * year. Fees are optional: {@code AT_DISBURSEMENT} (deducted from the money paid out) or {@code
 * WITH_FIRST_INSTALMENT}.
 */
public record LoanCalculationRequest(
        @NotBlank @Pattern(regexp = "\\d{1,9}(\\.\\d+)?", message = "must be an amount such as 5000.00")
        String principal,

        @NotBlank @Pattern(regexp = "\\d{1,3}(\\.\\d{1,4})?", message = "must be a percentage such as 12.00")
        String annualRate,

        @NotNull @Min(1) @Max(120) Integer termMonths,
        @NotNull LocalDate firstDueDate,
        @Size(max = 10) List<@Valid FeeRequest> fees) {

    public record FeeRequest(
            @NotBlank @Size(max = 60) String name,

            @NotBlank @Pattern(regexp = "\\d{1,9}(\\.\\d+)?", message = "must be an amount such as 100.00")
            String amount,

            @NotNull Charged charged) {}

    public enum Charged {
        AT_DISBURSEMENT,
        WITH_FIRST_INSTALMENT
    }
}
