package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.Loans;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open the loan of a funded application and pay the borrower: the principal less the origination fee. */
public record OpenLoan(
        String loanId,
        String borrowerId,
        String marketId,
        String grade,
        BigDecimal pd,
        int termMonths,
        long principalMinor,
        String currency,
        BigDecimal ratePercent,
        long originationFeeMinor,
        List<LoanPartShare> parts) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
