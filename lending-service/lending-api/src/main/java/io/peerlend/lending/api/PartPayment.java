package io.peerlend.lending.api;

/** What one lender receives from a payment on a loan: principal back and interest earned, in minor units. */
public record PartPayment(String lenderId, long principalMinor, long interestMinor) {}
