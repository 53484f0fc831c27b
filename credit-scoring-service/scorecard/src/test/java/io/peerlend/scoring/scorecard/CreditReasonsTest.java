package io.peerlend.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.platform.words.Words;
import io.peerlend.scoring.api.CreditReasons;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every reason the scorecard and the affordability check can give, read back and said in Chinese. */
class CreditReasonsTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    @Test
    void givenEveryScorecardReason_whenTheBorrowerReadsChinese_thenItIsInChinese_andInEnglishAsTheEventsStoreIt() {
        for (Feature feature : Feature.values()) {
            // the sentence the scorecard gives is the template's, so it can be read back
            assertThat(CreditReasons.english("feature." + feature.name()))
                    .as(feature.name())
                    .isEqualTo(feature.adverseReason());
            String chinese = CreditReasons.inLanguage(feature.adverseReason(), CHINESE);
            assertThat(chinese).as(feature.name()).matches(".*\\p{IsHan}.*").doesNotContainPattern("[A-Za-z]");
            assertThat(CreditReasons.inLanguage(feature.adverseReason(), Locale.UK))
                    .isEqualTo(feature.adverseReason());
        }
    }

    @Test
    void givenEveryUnconfirmedReason_whenTheBorrowerReadsChinese_thenItIsInChinese() {
        for (Feature feature : Feature.values()) {
            if (feature.unconfirmedReason() == null) {
                continue;
            }
            assertThat(CreditReasons.english("unconfirmed." + feature.name()))
                    .as(feature.name())
                    .isEqualTo(feature.unconfirmedReason());
            assertThat(CreditReasons.inLanguage(feature.unconfirmedReason(), CHINESE))
                    .as(feature.name())
                    .matches(".*\\p{IsHan}.*")
                    .doesNotContainPattern("[A-Za-z]");
        }
    }

    @Test
    void givenAnAffordabilityReasonWithItsFigures_whenReadInChinese_thenTheFiguresAreKeptInTheirPlaces() {
        String disposable = CreditReasons.english("affordability.disposable", "123.45", "GBP", "80.00", "200");
        assertThat(disposable)
                .isEqualTo("After a monthly repayment of about 123.45 GBP you would have 80.00 GBP a month left,"
                        + " less than the 200 GBP we require you to keep");
        assertThat(CreditReasons.inLanguage(disposable, CHINESE))
                .isEqualTo("每月还款约 123.45 GBP 后，您每月只剩 80.00 GBP，低于我们要求您保留的 200 GBP");
        String negative = CreditReasons.english("affordability.disposable", "900.00", "CNY", "-150.20", "1500");
        assertThat(CreditReasons.inLanguage(negative, CHINESE))
                .contains("-150.20 CNY")
                .contains("1500 CNY");
        String debt = CreditReasons.english("affordability.debtToIncome", "52%", "40%");
        assertThat(CreditReasons.inLanguage(debt, CHINESE)).isEqualTo("您的信贷还款将占收入的 52%，超过我们允许的 40%");
    }

    @Test
    void givenASentenceNoTemplateKnows_whenReadInChinese_thenItStaysAsStored() {
        assertThat(CreditReasons.inLanguage(List.of("An old reason from before templates"), CHINESE))
                .containsExactly("An old reason from before templates");
        assertThat(Words.of("credit-reasons", CHINESE).keys())
                .as("every English reason has its Chinese")
                .containsExactlyInAnyOrderElementsOf(
                        Words.of("credit-reasons", Words.ENGLISH).keys());
    }
}
