package io.peerlend.kyc.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/kyc/complaints}: what it is about and what happened. {@code role}: as borrower or lender (needed
 * only by someone who is both).
 */
public record ComplaintRequest(
        @NotNull(message = "choose what the complaint is about")
        ComplaintCategory category,

        @Size(max = 100) String reference,

        @NotBlank(message = "tell us what went wrong") @Size(max = 4000)
        String description,

        CustomerRole role) {}
