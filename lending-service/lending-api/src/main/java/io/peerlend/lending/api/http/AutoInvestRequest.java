package io.peerlend.lending.api.http;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** The auto-invest rule as a lender sends it: rates in percent and the per-loan limit as decimal strings. */
public record AutoInvestRequest(
        @NotNull Boolean enabled,
        @NotEmpty List<@Valid Market> markets,

        // absent: each market's guidance rate is the lowest rate offered there
        @Pattern(regexp = "\\d{1,2}(\\.\\d{1,2})?", message = "must be a rate such as 4.50")
        String minRate,

        @NotNull @Pattern(regexp = "\\d{1,2}(\\.\\d{1,2})?", message = "must be a rate such as 9.00")
        String maxRate,

        @Pattern(regexp = "\\d{1,9}(\\.\\d+)?", message = "must be an amount such as 50.00")
        String maxPerLoan,

        Boolean reinvestRepayments) {

    public record Market(@NotNull String grade, @NotNull Integer termMonths) {}
}
