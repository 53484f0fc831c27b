package io.peerlend.lending.api.http;

import jakarta.validation.constraints.Pattern;

/** An early repayment: {@code "full": true} pays the loan off; otherwise {@code amount}, a decimal string. */
public record RepaymentRequest(
        @Pattern(regexp = "\\d{1,9}(\\.\\d+)?", message = "must be an amount such as 250.00")
        String amount,

        Boolean full) {}
