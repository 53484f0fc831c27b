package io.peerlend.kyc.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.kyc.customers.domain.CustomerNotices;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the KYC service says to a customer, in English and in Chinese as the request asks. */
class CustomerWordsTest {

    @Test
    void givenEveryNotice_whenAChineseReaderAsks_thenItIsSaidInChinese_andInEnglishAsWritten() throws Exception {
        for (Field field : CustomerNotices.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
                continue;
            }
            String notice = (String) field.get(null);
            assertThat(CustomerWords.notices(List.of(notice), Locale.UK))
                    .as(field.getName())
                    .containsExactly(notice);
            assertThat(CustomerWords.notices(List.of(notice), Locale.SIMPLIFIED_CHINESE)
                            .get(0))
                    .as(field.getName())
                    .containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void givenWhatFailedOnTheCustomersDocument_whenSaid_thenItStaysAsTheChecksWordIt() {
        assertThat(CustomerWords.notices(List.of("document: the check digit of the number is wrong"), Locale.CHINA))
                .containsExactly("document: the check digit of the number is wrong");
    }

    @Test
    void givenAComplaint_whenAcknowledged_thenTheDeadlineAndTheOmbudsmanAreNamedInTheReadersLanguage() {
        assertThat(CustomerWords.complaintAcknowledgement("2027-03-01", "uk", Locale.UK))
                .isEqualTo("We have received your complaint and will send our final response by 2027-03-01. If you are"
                        + " unhappy with it, or have not had it by then, you may refer your complaint to the Financial"
                        + " Ombudsman Service.");
        assertThat(CustomerWords.complaintAcknowledgement("2027-03-01", "cn", Locale.SIMPLIFIED_CHINESE))
                .contains("我们已收到您的投诉", "2027-03-01", "金融消费纠纷调解组织");
    }
}
