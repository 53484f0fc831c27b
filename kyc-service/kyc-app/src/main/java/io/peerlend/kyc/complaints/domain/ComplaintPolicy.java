package io.peerlend.kyc.complaints.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * The profile's complaint rules: how long the platform has to send its final response (uk, FCA DISP 1.6: eight weeks;
 * cn: 15 days, the PBoC's 2023 measures count working days, so calendar days are the stricter reading), the ombudsman a
 * customer may then go to, and the time zone whose calendar the deadline is kept in.
 */
public record ComplaintPolicy(Period finalResponseWithin, String ombudsman, ZoneId zone) {

    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public LocalDate dueFrom(LocalDate raisedOn) {
        return raisedOn.plus(finalResponseWithin);
    }
}
