package io.peerlend.kyc.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/kyc/complaints/{id}/response}: the finding, the letter, and any redress as a decimal string. */
public record ComplaintResponseRequest(
        @NotNull(message = "choose the finding") ComplaintOutcome outcome,

        @NotBlank(message = "write the final response") @Size(max = 8000)
        String response,

        @Pattern(regexp = "\\d{1,9}(\\.\\d{1,2})?", message = "must be an amount such as 50.00")
        String redress) {}
