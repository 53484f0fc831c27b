package io.peerlend.lending;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.product.BorrowingCap;
import io.peerlend.platform.words.Sentences;
import io.peerlend.platform.words.Words;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LendingProblemWordsTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    private final Sentences sentences = Sentences.of("problems", "platform-problems");

    @Test
    void givenTheLendingServicesRefusals_thenEachIsInBothLanguagesWithTheSameArguments() {
        assertThat(Words.gaps("problems")).isEmpty();
    }

    @Test
    void givenARefusalWithFigures_whenSaidToAChineseReader_thenTheFiguresKeepTheirPlaces() {
        String cap =
                new BorrowingCap(25_000_00, "GBP").refusal(20_000_00, 6_000_00).orElseThrow();
        assertThat(sentences.say(cap, CHINESE))
                .isEqualTo("您在平台上的欠款为 20000.00 GBP（包括已接受但尚未放款的贷款）；加上这笔贷款将超过每位借款人 25000.00 GBP 的上限");
        assertThat(sentences.say("no loan application a-1", CHINESE)).isEqualTo("没有贷款申请 a-1");
        assertThat(sentences.say("no loan l-1", CHINESE)).isEqualTo("没有贷款 l-1");
        assertThat(sentences.say("must not be blank", CHINESE)).isEqualTo("不能为空");
    }
}
