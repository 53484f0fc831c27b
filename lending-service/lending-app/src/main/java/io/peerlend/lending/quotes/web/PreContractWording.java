package io.peerlend.lending.quotes.web;

import io.peerlend.lending.api.http.LoanQuoteView;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.quotes.domain.PreContractInformation;
import io.peerlend.lending.quotes.domain.PreContractTerms;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

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

    static boolean chinese(Locale language) {
        return "zh".equals(language.getLanguage());
    }

    /** The profile's sentences in the reader's language. */
    PreContractTerms terms(Locale language) {
        return chinese(language) ? chinese : english;
    }

    LoanQuoteView.PreContractInformation view(PreContractInformation info, String currency, Locale language) {
        Locale locale = chinese(language) ? Locale.SIMPLIFIED_CHINESE : Locale.UK;
        ResourceBundle words = ResourceBundle.getBundle(
                "precontract",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new LoanQuoteView.PreContractInformation(
                words.getString("creditor"),
                words.getString("typeOfCredit"),
                Amounts.format(info.totalAmountOfCredit(), currency),
                Amounts.format(info.amountPaidOut(), currency),
                info.durationMonths(),
                format(
                        words,
                        "instalments",
                        locale,
                        String.valueOf(info.numberOfInstalments()),
                        Amounts.format(info.regularInstalment(), currency),
                        Amounts.format(info.lastInstalment(), currency)),
                Amounts.format(info.totalAmountPayable(), currency),
                format(
                        words,
                        "borrowingRate",
                        locale,
                        info.borrowingRatePercent().toPlainString()),
                info.aprPercent().toPlainString() + "%",
                format(words, "fees", locale, Amounts.format(info.fees(), currency)),
                Amounts.format(info.totalCostOfCredit(), currency),
                info.consequencesOfMissingPayments(),
                info.rightOfWithdrawal(),
                info.earlyRepayment(),
                info.validUntil().toString());
    }

    private static String format(ResourceBundle words, String key, Locale locale, Object... arguments) {
        return new MessageFormat(words.getString(key).replace("'", "''"), locale).format(arguments);
    }
}
