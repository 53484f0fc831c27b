package io.peerlend.lending.api.http;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A deposit or withdrawal: the amount as a decimal string in the profile's currency. */
public record MoneyRequest(
        @NotBlank @Pattern(regexp = "\\d{1,9}(\\.\\d+)?", message = "must be an amount such as 250.00")
        String amount) {}
