package io.peerlend.lending.api;

/**
 * The FCA's categories for retail investors in loan-based crowdfunding (COBS 4.7.10): a restricted investor commits at
 * most 10% of their net investable assets within 12 months; the others have no such limit.
 */
public enum InvestorCategory {
    RESTRICTED,
    HIGH_NET_WORTH,
    SOPHISTICATED,
    ADVISED
}
