package io.peerlend.lending.quotes.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.http.LoanQuoteView;
import io.peerlend.lending.quotes.domain.PreContractInformation;
import io.peerlend.lending.quotes.domain.PreContractTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pre-contract information in the borrower's language, with the same exact amounts in either. */
class PreContractWordingTest {

    private static final PreContractTerms ENGLISH =
            new PreContractTerms("a late fee", "the default rule", "14 days to withdraw", "repay any time");
    private static final PreContractTerms CHINESE = new PreContractTerms("滞纳金", "违约规则", "14 天内撤回", "随时提前还款");
    private static final PreContractWording WORDING = new PreContractWording(ENGLISH, CHINESE);

    private static PreContractInformation information(PreContractTerms terms) {
        return new PreContractInformation(
                "creditor",
                "type",
                "GBP",
                500_000,
                490_000,
                36,
                36,
                15_553,
                15_549,
                559_904,
                new BigDecimal("7.50"),
                new BigDecimal("9.1"),
                10_000,
                69_904,
                List.of(terms.missedPayments(), terms.defaultRule()),
                terms.withdrawal(),
                terms.earlyRepayment(),
                Instant.parse("2027-01-05T10:00:00Z"));
    }

    @Test
    void givenAChineseReader_whenTheQuoteIsWorded_thenEveryFieldIsInChinese_andTheAmountsAreTheSame() {
        Locale chinese = Locale.forLanguageTag("zh-CN");
        LoanQuoteView.PreContractInformation view = WORDING.view(information(WORDING.terms(chinese)), "GBP", chinese);
        assertThat(view.typeOfCredit()).isEqualTo("固定金额无担保个人贷款");
        assertThat(view.instalments()).isEqualTo("按月分 36 期还款，每期 155.53（最后一期 155.49）");
        assertThat(view.borrowingRate()).isEqualTo("年利率 7.50%，固定利率");
        assertThat(view.consequencesOfMissingPayments()).containsExactly("滞纳金", "违约规则");
        assertThat(view.rightOfWithdrawal()).isEqualTo("14 天内撤回");
        assertThat(view.totalAmountOfCredit()).isEqualTo("5000.00");
    }

    @Test
    void givenAnyOtherReader_whenTheQuoteIsWorded_thenItIsInEnglishAsBefore() {
        LoanQuoteView.PreContractInformation view =
                WORDING.view(information(WORDING.terms(Locale.GERMANY)), "GBP", Locale.GERMANY);
        assertThat(view.instalments()).isEqualTo("36 monthly instalments of 155.53 (the last 155.49)");
        assertThat(view.borrowingRate()).isEqualTo("7.50% a year, fixed");
        assertThat(view.fees()).isEqualTo("100.00 origination fee, taken from the money paid out");
        assertThat(view.rightOfWithdrawal()).isEqualTo("14 days to withdraw");
    }
}
