package io.peerlend.lending.api.events;

import java.time.Instant;

/** A listing left the secondary market unsold ({@code reason}: the seller's choice, or why it could not stay). */
public record LoanPartListingCancelled(
        String loanId, String listingId, String sellerId, String reason, Instant cancelledAt) {}
