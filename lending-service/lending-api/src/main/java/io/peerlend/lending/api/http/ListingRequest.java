package io.peerlend.lending.api.http;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * What a lender puts on the secondary market: their holdings in {@code loanIds}, or every performing holding
 * ({@code all}), each as a listing of its own, at {@code premium} percent of the principal outstanding (negative: a
 * discount, such as -1.50).
 */
public record ListingRequest(
        List<String> loanIds,
        Boolean all,

        @NotNull @Pattern(regexp = "-?\\d{1,2}(\\.\\d{1,2})?", message = "must be a percentage such as -1.50 or 0.50")
        String premium) {}
