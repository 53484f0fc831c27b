package io.peerlend.lending.quotes.web;

import io.peerlend.lending.api.http.LoanCalculation;
import io.peerlend.lending.api.http.LoanQuoteView;
import io.peerlend.lending.applications.readmodel.LoanApplicationReadModel;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.product.LoanProductPolicy;
import io.peerlend.lending.quotes.QuoteReadModel;
import io.peerlend.lending.quotes.domain.PreContractTerms;
import io.peerlend.lending.quotes.domain.Quote;
import io.peerlend.lending.schedules.domain.RepaymentSchedule;
import io.peerlend.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An application's quote as its borrower reads it before accepting: APR, schedule and pre-contract information. */
@RestController
class QuoteController {

    private final LoanApplicationReadModel applications;
    private final QuoteReadModel quotes;
    private final LoanProductPolicy product;
    private final PreContractWording wording;

    QuoteController(
            LoanApplicationReadModel applications,
            QuoteReadModel quotes,
            LoanProductPolicy product,
            PreContractTerms terms,
            @Value("${peerlend.lending.terms-zh.missed-payments}") String missedPaymentsZh,
            @Value("${peerlend.lending.terms-zh.default}") String defaultRuleZh,
            @Value("${peerlend.lending.terms-zh.withdrawal}") String withdrawalZh,
            @Value("${peerlend.lending.terms-zh.early-repayment}") String earlyRepaymentZh) {
        this.applications = applications;
        this.quotes = quotes;
        this.product = product;
        this.wording = new PreContractWording(
                terms, new PreContractTerms(missedPaymentsZh, defaultRuleZh, withdrawalZh, earlyRepaymentZh));
    }

    @Operation(
            summary = "The application's quote with APR, schedule and pre-contract information (its borrower; ops),"
                    + " worded in the language asked for (Accept-Language: zh-CN, or English)")
    @GetMapping("/api/lending/applications/{id}/quote")
    LoanQuoteView quote(
            @PathVariable String id, @AuthenticationPrincipal Jwt caller, Authentication auth, Locale language) {
        boolean staff = Roles.has(auth, Roles.OPS) || Roles.has(auth, Roles.OPS_SUPERVISOR);
        LoanApplicationReadModel.Entry application = applications
                .find(id)
                .filter(a -> staff || a.borrowerId().equals(caller.getSubject()))
                // someone else's application answers exactly like a missing one: its existence is not disclosed
                .orElseThrow(() -> new NoSuchElementException("no loan application " + id));
        QuoteReadModel.Entry q =
                quotes.find(id).orElseThrow(() -> new NoSuchElementException("no quote yet for application " + id));
        if (!q.available()) {
            return new LoanQuoteView(
                    id, false, q.reason(), null, null, null, null, null, null, null, null, null, List.of(), null);
        }
        String currency = product.currency();
        Quote quote = Quote.describe(
                application.grade(),
                application.amountMinor(),
                application.termMonths(),
                q.ratePercent(),
                q.parts(),
                q.feeMinor(),
                wording.terms(language),
                q.firstDueDate(),
                currency,
                q.validUntil());
        RepaymentSchedule s = quote.schedule();
        return new LoanQuoteView(
                id,
                true,
                null,
                q.marketId(),
                q.ratePercent().toPlainString(),
                q.aprPercent().toPlainString(),
                Amounts.format(q.feeMinor(), currency),
                Amounts.format(s.amountPaidOut(), currency),
                Amounts.format(s.monthlyPayment(), currency),
                Amounts.format(s.totalInterest(), currency),
                Amounts.format(s.totalRepayable(), currency),
                q.validUntil(),
                s.instalments().stream()
                        .map(i -> new LoanCalculation.Installment(
                                i.number(),
                                i.dueDate(),
                                Amounts.format(i.principal(), currency),
                                Amounts.format(i.interest(), currency),
                                Amounts.format(i.fees(), currency),
                                Amounts.format(i.total(), currency),
                                Amounts.format(i.balance(), currency)))
                        .toList(),
                wording.view(quote.information(), currency, language));
    }
}
