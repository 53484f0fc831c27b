package io.peerlend.lending.quotes.web;

import io.peerlend.lending.api.http.LoanQuoteView;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.quotes.domain.PreContractInformation;
import io.peerlend.lending.quotes.domain.PreContractTerms;
import io.peerlend.platform.words.Words;
import java.util.Locale;

/**
 * The pre-contract information in the borrower's language (the request's {@code Accept-Language}: Simplified Chinese,
 * or else British English): the form's own words from {@code precontract*.properties}, the profile's sentences in that
 * language. Amounts stay the service's exact decimal strings in either language.
 */
final class PreContractWording {

    private final PreContractTerms english;
    private final PreContractTerms chinese;

    PreContractWording(PreContractTerms english, PreContractTerms chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The profile's sentences in the reader's language. */
    PreContractTerms terms(Locale language) {
        return Words.chinese(language) ? chinese : english;
    }

    LoanQuoteView.PreContractInformation view(PreContractInformation info, String currency, Locale language) {
        Words words = Words.of("precontract", language);
        return new LoanQuoteView.PreContractInformation(
                words.get("creditor"),
                words.get("typeOfCredit"),
                Amounts.format(info.totalAmountOfCredit(), currency),
                Amounts.format(info.amountPaidOut(), currency),
                info.durationMonths(),
                words.format(
                        "instalments",
                        String.valueOf(info.numberOfInstalments()),
                        Amounts.format(info.regularInstalment(), currency),
                        Amounts.format(info.lastInstalment(), currency)),
                Amounts.format(info.totalAmountPayable(), currency),
                words.format("borrowingRate", info.borrowingRatePercent().toPlainString()),
                info.aprPercent().toPlainString() + "%",
                words.format("fees", Amounts.format(info.fees(), currency)),
                Amounts.format(info.totalCostOfCredit(), currency),
                info.consequencesOfMissingPayments(),
                info.rightOfWithdrawal(),
                info.earlyRepayment(),
                info.validUntil().toString());
    }
}
