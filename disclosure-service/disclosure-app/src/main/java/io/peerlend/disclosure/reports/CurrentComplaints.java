package io.peerlend.disclosure.reports;

import io.peerlend.disclosure.complaints.ComplaintBook;
import io.peerlend.disclosure.reports.domain.ComplaintFigures;
import io.peerlend.disclosure.reports.domain.ComplaintsReport;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The complaints figures of the half-year so far (each half-year's own is published when it ends). */
@Component
public class CurrentComplaints {

    private final ComplaintBook complaints;
    private final DisclosureProfile profile;

    CurrentComplaints(ComplaintBook complaints, DisclosureProfile profile) {
        this.complaints = complaints;
        this.profile = profile;
    }

    public ComplaintsReport current() {
        LocalDate today = complaints.today();
        LocalDate from = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
        return ComplaintFigures.of(
                ComplaintFigures.halfYear(today.getYear(), today.getMonthValue()),
                from,
                today,
                profile.currency(),
                complaints.all(),
                null);
    }
}
