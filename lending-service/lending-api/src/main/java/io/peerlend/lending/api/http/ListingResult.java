package io.peerlend.lending.api.http;

/** One holding's outcome when listing several: {@code LISTED} with its listing id, or {@code REFUSED} and why. */
public record ListingResult(String loanId, String listingId, String status, String reason) {}
