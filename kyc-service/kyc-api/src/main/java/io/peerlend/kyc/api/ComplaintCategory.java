package io.peerlend.kyc.api;

/** What a complaint is about, as the complaints data return groups them. */
public enum ComplaintCategory {
    LENDING_DECISION,
    LOAN_TERMS_AND_FEES,
    REPAYMENTS_AND_ARREARS,
    INVESTMENT_AND_RETURNS,
    ACCOUNT_AND_PAYMENTS,
    IDENTITY_CHECKS,
    PERSONAL_DATA,
    SERVICE,
    OTHER
}
