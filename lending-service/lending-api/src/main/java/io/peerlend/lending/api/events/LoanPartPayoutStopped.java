package io.peerlend.lending.api.events;

import java.time.Instant;

/**
 * A lender's part of a loan was not paid out because their assets are frozen (a sanctions block that came after the
 * market matched their offer): the whole payout is stopped, the loan cancelled and every lender's money given back to
 * their account, where a frozen lender's stays frozen. Moves no money itself.
 */
public record LoanPartPayoutStopped(String lenderId, String loanId, String reason, Instant stoppedAt) {}
