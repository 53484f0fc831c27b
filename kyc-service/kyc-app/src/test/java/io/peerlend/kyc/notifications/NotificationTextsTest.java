package io.peerlend.kyc.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.kyc.api.NotificationTopic;
import io.peerlend.kyc.notifications.NotificationTexts.Facts;
import io.peerlend.kyc.notifications.NotificationTexts.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every notification has its words in both languages, with every argument filled in and the right footer. */
class NotificationTextsTest {

    private static final String WEB = "https://peerlend.example";

    private static List<Facts> everyNotification() {
        List<Facts> all = new ArrayList<>();
        for (NotificationTopic topic : NotificationTopic.values()) {
            if (topic == NotificationTopic.IDENTITY_CHECKED) {
                for (String outcome : List.of("VERIFIED", "IN_REVIEW", "REJECTED")) {
                    all.add(new Facts(topic, outcome, "AB12CD34", null, 0));
                }
            } else {
                all.add(new Facts(topic, null, "AB12CD34", LocalDate.of(2027, 1, 29), 14));
            }
        }
        return all;
    }

    @Test
    void givenEveryTopic_whenWrittenInEnglishAndChinese_thenNothingIsLeftUnfilled() {
        for (Facts facts : everyNotification()) {
            for (String language : List.of(NotificationTexts.ENGLISH, NotificationTexts.CHINESE)) {
                Text text = NotificationTexts.render(facts, language, WEB);
                assertThat(text.subject())
                        .as("%s %s", facts, language)
                        .isNotBlank()
                        .doesNotContain("{");
                assertThat(text.body())
                        .as("%s %s", facts, language)
                        .doesNotContain("{")
                        .doesNotContain("}");
                if (language.equals(NotificationTexts.CHINESE)) {
                    assertThat(text.subject()).as("%s in Chinese", facts).containsPattern("\\p{IsHan}");
                }
                assertThat(text.body())
                        .as("%s footer", facts)
                        .contains(facts.topic().required() ? "" : WEB + "/app/notifications");
            }
        }
    }

    @Test
    void givenAMissedPayment_whenWritten_thenItSaysHowLateAndWhereToLook_butNoAmount() {
        Text english = NotificationTexts.render(
                new Facts(NotificationTopic.PAYMENT_MISSED, null, "AB12CD34", null, 14), "en-GB", WEB);
        assertThat(english.body()).contains("loan AB12CD34 is 14 days overdue").contains(WEB + "/app");
        assertThat(english.body()).doesNotContain("£").contains("cannot be switched off");
        Text chinese = NotificationTexts.render(
                new Facts(NotificationTopic.PAYMENT_MISSED, null, "AB12CD34", null, 14), "zh-CN", WEB);
        assertThat(chinese.body()).contains("已逾期 14 天").contains("无法退订");
    }

    @Test
    void givenAComplaint_whenAcknowledged_thenTheDeadlineIsWrittenAsTheLanguageWritesDates() {
        Facts facts =
                new Facts(NotificationTopic.COMPLAINT_ACKNOWLEDGED, null, "C0FFEE00", LocalDate.of(2027, 1, 29), 0);
        assertThat(NotificationTexts.render(facts, "en-GB", WEB).body()).contains("by 29 January 2027");
        assertThat(NotificationTexts.render(facts, "zh-CN", WEB).body()).contains("2027年1月29日");
    }

    @Test
    void givenTheSameNotification_whenItsMessageIdIsMade_thenEveryAttemptHasTheSameOne_andItNamesNobody() {
        String id = "event-1/customer-42";
        assertThat(Deliveries.messageId(id)).isEqualTo(Deliveries.messageId(id)).doesNotContain("customer-42");
        assertThat(Deliveries.messageId("event-1/customer-43")).isNotEqualTo(Deliveries.messageId(id));
    }
}
