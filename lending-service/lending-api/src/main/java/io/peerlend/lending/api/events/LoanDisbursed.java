package io.peerlend.lending.api.events;

import io.peerlend.lending.api.PartSchedule;
import io.peerlend.lending.api.ScheduledInstalment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The borrower was paid; the schedule runs from the business date of the payout, first instalment a month on. The
 * borrower's {@code schedule} is the sum of the parts' own schedules ({@code partSchedules}, each at its lender's
 * rate; null in events from before parts had schedules of their own).
 */
public record LoanDisbursed(
        String loanId,
        String borrowerId,
        long netAmountMinor,
        String currency,
        LocalDate disbursedOn,
        List<ScheduledInstalment> schedule,
        Instant disbursedAt,
        List<PartSchedule> partSchedules) {

    public LoanDisbursed(
            String loanId,
            String borrowerId,
            long netAmountMinor,
            String currency,
            LocalDate disbursedOn,
            List<ScheduledInstalment> schedule,
            Instant disbursedAt) {
        this(loanId, borrowerId, netAmountMinor, currency, disbursedOn, schedule, disbursedAt, null);
    }
}
