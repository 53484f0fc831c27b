package io.peerlend.lending.api.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A loan as its borrower (or operations staff) sees it: amounts as decimal strings in the loan's currency; the
 * schedule with what has been paid against each instalment; every payment asked for and its outcome; the arrears.
 */
public record LoanView(
        String loanId,
        String status,
        String grade,
        int termMonths,
        String currency,
        String principal,
        BigDecimal ratePercent,
        String originationFee,
        LocalDate disbursedOn,
        String outstandingPrincipal,
        Arrears arrears,
        List<Instalment> schedule,
        List<Payment> payments,
        int lenders) {

    public record Arrears(String bucket, int daysPastDue, String overdue, int missedInstalments) {}

    public record Instalment(
            int number,
            LocalDate dueDate,
            String principal,
            String interest,
            String lateFee,
            String paid,
            String status) {}

    public record Payment(String reference, String kind, String amount, String status, LocalDate asOf) {}
}
