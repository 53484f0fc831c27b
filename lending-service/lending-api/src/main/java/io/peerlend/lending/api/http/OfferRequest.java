package io.peerlend.lending.api.http;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code POST /api/lending/offers}: a market (grade, term), an amount and a yearly rate in percent. */
public record OfferRequest(
        @NotBlank String grade,
        @NotNull Integer termMonths,

        @NotBlank @Pattern(regexp = "\\d{1,9}(\\.\\d+)?", message = "must be an amount such as 500.00")
        String amount,

        @NotBlank @Pattern(regexp = "\\d{1,2}(\\.\\d{1,2})?", message = "must be a percentage such as 6.50")
        String rate) {}
