package io.peerlend.lending.api;

/** A deposit or withdrawal as accepted: {@code status} PENDING until the provider settles it. */
public record PaymentView(String reference, String kind, String amount, String currency, String status) {
}
