package io.peerlend.lending.api;

/** The applicant's main current account in the last three months (from open banking or the bureau when present). */
public enum CurrentAccount {
    /** below zero at some point */
    OVERDRAWN,
    /** in credit, but a low balance */
    LOW,
    /** a healthy balance, or salary paid in regularly */
    HEALTHY,
    /** no current account */
    NONE
}
