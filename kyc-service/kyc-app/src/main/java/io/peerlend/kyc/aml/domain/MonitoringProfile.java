package io.peerlend.kyc.aml.domain;

import java.time.Duration;

/**
 * The jurisdiction profile's monitoring thresholds. Percentages are whole numbers so no rule needs floating point.
 *
 * @param largeDepositMinor   a single deposit at or above this is reported as large
 * @param structuringPercent  deposits from this share of the large-deposit threshold up to it are "just below"
 * @param structuringWindow   ... and two or more of them within this window, together over the threshold, structure
 * @param inAndOutWindow      money withdrawn within this window of being deposited, with nothing lent in between,
 * @param inAndOutPercent     ... at least this share of those deposits, is "in and out"
 * @param velocityWindow      deposits in this window
 * @param velocityBaseline    compared with the customer's average per window over this earlier period
 * @param velocityFactor      raise an alert when they are this many times the average
 * @param velocityMinimumMinor and at least this much (small sums are not a velocity concern)
 * @param earlyPayoffWindow   a loan paid off in full within this time of being paid out,
 * @param earlyPayoffMinimumMinor ... with at least this much, is an early payoff worth a look
 * @param dormantAfter        a customer with no movement for this long is dormant,
 * @param dormantMinimumMinor ... and a deposit of at least this much wakes the account
 */
public record MonitoringProfile(
        long largeDepositMinor,
        int structuringPercent,
        Duration structuringWindow,
        Duration inAndOutWindow,
        int inAndOutPercent,
        Duration velocityWindow,
        Duration velocityBaseline,
        int velocityFactor,
        long velocityMinimumMinor,
        Duration earlyPayoffWindow,
        long earlyPayoffMinimumMinor,
        Duration dormantAfter,
        long dormantMinimumMinor) {}
