package io.peerlend.lending.api.http;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Money recovered on a defaulted loan: {@code source} PAYMENT (collected through the payment provider, counted when it
 * confirms) or OUTSIDE (received outside the payment port: needs {@code evidence} and a supervisor's approval).
 */
public record RecoveryRequest(
        @NotBlank @Pattern(regexp = "\\d{1,9}(\\.\\d+)?", message = "must be an amount such as 250.00")
        String amount,

        @NotNull Source source,
        @Size(max = 500) String evidence) {

    public enum Source {
        PAYMENT,
        OUTSIDE
    }
}
