package io.peerlend.lending.api;

/** How earlier credit was repaid. */
public enum CreditHistory {
    /** no credit taken, or everything repaid on time */
    NONE_OR_ALL_REPAID,
    /** all credit with this platform repaid on time */
    ALL_REPAID_HERE,
    /** current credit repaid on time so far */
    EXISTING_REPAID_ON_TIME,
    /** payments were late in the past */
    PAST_DELAYS,
    /** a critical account, or credit elsewhere */
    CRITICAL
}
