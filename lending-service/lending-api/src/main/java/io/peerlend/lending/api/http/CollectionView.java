package io.peerlend.lending.api.http;

import java.time.LocalDate;

/**
 * A collection a borrower asked for (an early repayment, a cooling-off withdrawal): its reference, kind, amount and
 * where it stands. A retry with the same idempotency key answers the original collection.
 */
public record CollectionView(String reference, String kind, String amount, LocalDate asOf, String status) {}
