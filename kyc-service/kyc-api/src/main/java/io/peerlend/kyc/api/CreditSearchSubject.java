package io.peerlend.kyc.api;

import java.time.LocalDate;

/**
 * The verified identity a credit bureau search needs — name, date of birth, postcode — for another Peerlend service
 * (the lending service, for the credit check the borrower applied for). Personal data: used for the search, never
 * logged or stored by the caller.
 */
public record CreditSearchSubject(String customerId, String fullName, LocalDate dateOfBirth, String postcode) {}
