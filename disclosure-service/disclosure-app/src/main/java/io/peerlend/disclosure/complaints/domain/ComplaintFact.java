package io.peerlend.disclosure.complaints.domain;

import io.peerlend.kyc.api.ComplaintCategory;
import io.peerlend.kyc.api.ComplaintOutcome;
import io.peerlend.kyc.api.CustomerRole;
import java.time.LocalDate;

/**
 * What the public figures need of one complaint: no customer, no text. Dates are in the profile's time zone.
 * {@code resolvedOn}, {@code outcome}, {@code withinDeadline} and {@code escalatedOn} are null until they happen.
 */
public record ComplaintFact(
        String complaintId,
        CustomerRole role,
        ComplaintCategory category,
        LocalDate raisedOn,
        LocalDate resolvedOn,
        ComplaintOutcome outcome,
        Boolean withinDeadline,
        long redressMinor,
        LocalDate escalatedOn) {

    public boolean upheld() {
        return outcome == ComplaintOutcome.UPHELD || outcome == ComplaintOutcome.PARTLY_UPHELD;
    }

    public boolean openOn(LocalDate day) {
        return !raisedOn.isAfter(day) && (resolvedOn == null || resolvedOn.isAfter(day));
    }
}
