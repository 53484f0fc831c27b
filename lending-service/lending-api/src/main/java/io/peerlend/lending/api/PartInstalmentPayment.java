package io.peerlend.lending.api;

/** What a receipt paid of one part's instalment ({@code part}: the part's position in the loan's parts). */
public record PartInstalmentPayment(int part, int number, long interestMinor, long principalMinor) {}
