package io.peerlend.lending.api;

/** How much of a payment went to one instalment's late fees, interest and principal. */
public record InstalmentPayment(int number, long feesMinor, long interestMinor, long principalMinor) {}
