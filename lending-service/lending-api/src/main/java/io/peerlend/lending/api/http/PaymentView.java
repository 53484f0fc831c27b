package io.peerlend.lending.api.http;

/** A deposit or withdrawal as accepted: {@code status} PENDING until the provider settles it. */
public record PaymentView(String reference, String kind, String amount, String currency, String status) {}
