package io.peerlend.kyc.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/kyc/customers/me/source-of-funds}: where the money a customer brings comes from, which enhanced
 * due diligence asks of a high-risk customer before a supervisor may verify them (MLR 2017 reg. 33(5); the PBOC's
 * customer due diligence measures). Personal data: sealed with the customer's key.
 */
public record SourceOfFundsRequest(
        @NotNull Source source, @NotBlank @Size(max = 1000) String details) {

    public enum Source {
        SALARY,
        SAVINGS,
        BUSINESS_INCOME,
        SALE_OF_PROPERTY,
        INHERITANCE,
        INVESTMENTS,
        PENSION,
        OTHER
    }
}
