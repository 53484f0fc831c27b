package io.peerlend.lending.accounts.payments;

/**
 * The port to the payment provider (a bank or payment institution holding the client money account). Both calls are
 * asynchronous and idempotent by {@code reference}: the provider answers later with a signed webhook
 * ({@link PaymentWebhookController}), and a repeated instruction with the same reference must not move money twice.
 * The production adapter's contract is in docs/payments.md; {@link SandboxPaymentProvider} simulates it.
 */
public interface PaymentProvider {

    /** {@code account}: the lender for deposits and withdrawals, the loan for payouts and collections. */
    record Instruction(String reference, String account, long amountMinor, String currency) {}

    /** Collect from the lender's bank account into the client money account. */
    void collect(Instruction instruction);

    /** Pay from the client money account to the lender's bank account. */
    void payOut(Instruction instruction);

    /** Pay a loan out to the borrower's bank account. */
    void disburse(Instruction instruction);

    /** Collect a repayment from the borrower's bank account (a direct debit they mandated). */
    void collectRepayment(Instruction instruction);

    /**
     * Whether the provider can be reached and its answers reach the platform: {@code reachable} false when it refuses
     * or does not answer, {@code webhooksFailing} the outcomes it has tried several times to report and the platform
     * did not acknowledge (a wrong signing secret, a webhook route that is down). The system page and the health
     * endpoint show it; money waits meanwhile, nothing is lost.
     */
    record Status(String adapter, boolean reachable, long webhooksFailing) {}

    /** Asked by the health endpoint, so it must answer within a second or two. */
    Status status();
}
