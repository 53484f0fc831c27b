package io.peerlend.kyc.api;

/** Money-laundering risk of a customer; HIGH needs enhanced due diligence and yearly re-verification. */
public enum RiskRating {
    LOW,
    MEDIUM,
    HIGH
}
