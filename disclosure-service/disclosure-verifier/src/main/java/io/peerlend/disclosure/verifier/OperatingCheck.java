package io.peerlend.disclosure.verifier;

import java.util.Collection;

/**
 * The monthly operating report's loan-derived figures, recomputed from every loan's state at the month's end
 * (docs/disclosure.md, "The monthly operating report"). Lenders, borrowers, concentration and related parties need who
 * lent and who borrowed, which the loan-level data does not publish; the fee schedule is not derived from loans.
 */
final class OperatingCheck {

    private OperatingCheck() {}

    static void check(Findings.Report report, Collection<LoanRow> book, Findings findings) {
        String currency = report.text("currency");
        long issued = 0;
        long issuedAmount = 0;
        long outstanding = 0;
        long outstandingPrincipal = 0;
        long interest = 0;
        long overdue = 0;
        long overduePrincipal = 0;
        long over90 = 0;
        long over90Principal = 0;
        long covered = 0;
        long coveredAmount = 0;
        for (LoanRow loan : book) {
            if (!loan.currency().equals(currency)) {
                continue;
            }
            issued++;
            issuedAmount += loan.amount();
            if (loan.coveredByFund() > 0) {
                covered++;
                coveredAmount += loan.coveredByFund();
            }
            if (!loan.outstandingLoan()) {
                continue;
            }
            outstanding++;
            outstandingPrincipal += loan.outstanding();
            if (loan.active()) {
                interest += loan.interestRemaining();
            }
            if (loan.defaulted() || loan.daysPastDue() > 0) {
                overdue++;
                overduePrincipal += loan.outstanding();
            }
            if (loan.defaulted() || loan.daysPastDue() > 90) {
                over90++;
                over90Principal += loan.outstanding();
            }
        }
        findings.compare(report, "cumulativeLending.count", issued);
        findings.compare(report, "cumulativeLending.amount", Figures.money(issuedAmount, currency));
        findings.compare(report, "outstanding.count", outstanding);
        findings.compare(report, "outstanding.amount", Figures.money(outstandingPrincipal, currency));
        findings.compare(report, "outstandingInterest", Figures.money(interest, currency));
        findings.compare(report, "overdue.count", overdue);
        findings.compare(report, "overdue.amount", Figures.money(overduePrincipal, currency));
        findings.compare(report, "overdueOver90Days.count", over90);
        findings.compare(report, "overdueOver90Days.amount", Figures.money(over90Principal, currency));
        findings.compare(report, "repaidOnBorrowersBehalf.count", covered);
        findings.compare(report, "repaidOnBorrowersBehalf.amount", Figures.money(coveredAmount, currency));
        findings.compare(report, "overdueRate.byCount", Figures.share(overdue, outstanding));
        findings.compare(report, "overdueRate.byAmount", Figures.share(overduePrincipal, outstandingPrincipal));
        String lenders = "needs who lent on each loan, which the loan-level data does not publish";
        findings.notChecked(report, "lenders.cumulative", lenders);
        findings.notChecked(report, "lenders.thisMonth", lenders);
        String borrowers = "needs who borrowed each loan, which the loan-level data does not publish";
        findings.notChecked(report, "borrowers.cumulative", borrowers);
        findings.notChecked(report, "borrowers.thisMonth", borrowers);
        findings.notChecked(report, "concentration.top10BorrowersShare", borrowers);
        findings.notChecked(report, "concentration.largestBorrowerShare", borrowers);
        String related = "needs which borrowers are the platform's related parties, which is not published";
        findings.notChecked(report, "relatedParty.count", related);
        findings.notChecked(report, "relatedParty.amount", related);
        findings.notChecked(report, "feeSchedule", "the fees lending charges, not derived from loans");
    }
}
