package io.peerlend.lending.loans;

import io.peerlend.lending.api.http.LoanView;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The loans feature's read API for its controllers and for other features (the borrowing cap). */
@Component
public class LoanQueries {

    private final LoanReadModel loans;

    LoanQueries(LoanReadModel loans) {
        this.loans = loans;
    }

    public List<LoanView> ofBorrower(String borrowerId, LocalDate today) {
        return loans.ofBorrower(borrowerId).stream()
                .map(l -> LoanReadModel.view(l, today))
                .toList();
    }

    /** The newest {@code limit} of them. */
    public List<LoanView> newestOfBorrower(String borrowerId, int limit, LocalDate today) {
        return loans.newestOfBorrower(borrowerId, limit).stream()
                .map(l -> LoanReadModel.view(l, today))
                .toList();
    }

    /** @param owner the borrower who must own it, or null for staff */
    public Optional<LoanView> view(String loanId, String owner, LocalDate today) {
        return loans.find(loanId)
                .filter(l -> owner == null || owner.equals(l.borrowerId()))
                .map(l -> LoanReadModel.view(l, today));
    }

    /** Those of these loans that exist, by id, read in one round trip (as staff see them: no owner check). */
    public Map<String, LoanView> views(Collection<String> loanIds, LocalDate today) {
        return loans.findAll(loanIds).stream()
                .collect(Collectors.toMap(LoanReadModel.Loan::id, l -> LoanReadModel.view(l, today)));
    }

    /** Who borrowed the loan (for the secondary market's limit per borrower), if it exists. */
    public Optional<String> borrowerOf(String loanId) {
        return loans.find(loanId).map(LoanReadModel.Loan::borrowerId);
    }

    public List<LoanView> inArrears(LocalDate today) {
        return loans.inArrears().stream().map(l -> LoanReadModel.view(l, today)).toList();
    }

    /** What is being paid out to borrowers right now (loans opened, payout not yet confirmed). */
    public long payoutsInTransit() {
        return loans.awaitingPayout();
    }
}
