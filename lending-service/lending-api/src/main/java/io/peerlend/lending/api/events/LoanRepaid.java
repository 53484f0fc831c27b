package io.peerlend.lending.api.events;

import java.time.Instant;
import java.time.LocalDate;

/** Nothing more is owed: the loan is closed. */
public record LoanRepaid(String loanId, LocalDate repaidOn, Instant repaidAt) {}
