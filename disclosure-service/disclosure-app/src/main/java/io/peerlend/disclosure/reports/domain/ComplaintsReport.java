package io.peerlend.disclosure.reports.domain;

import java.util.List;

/**
 * The half-yearly complaints figures (as FCA DISP 1.10A asks firms to publish them; the cn profile discloses them
 * with its annual report): complaints opened, closed, upheld, closed within the final-response deadline, still open
 * at the end, referred to the ombudsman, the redress offered, and by category. Shares are decimal fractions with 4
 * places, null when nothing was closed; amounts decimal strings in {@code currency}. Defined in docs/disclosure.md.
 */
public record ComplaintsReport(
        String series,
        String period,
        String from,
        String to,
        String currency,
        String previousHash,
        long opened,
        long openedByBorrowers,
        long openedByLenders,
        long closed,
        long upheld,
        String upheldShare,
        String closedWithinDeadlineShare,
        long openAtEnd,
        long referredToOmbudsman,
        String redressOffered,
        List<CategoryLine> byCategory) {

    public static final String SERIES = "complaints";

    public record CategoryLine(String category, long opened, long closed, long upheld) {}
}
