package io.peerlend.kyc.customers;

import io.peerlend.kyc.customers.domain.CustomerNotices;
import io.peerlend.platform.words.Words;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The KYC service's words to a customer in their language ({@code customer-words*.properties}): Simplified Chinese
 * when the request asks for it ({@code Accept-Language: zh-CN}), British English otherwise. A notice from
 * {@link CustomerNotices}' fixed list is said in that language; anything else (what failed on the customer's own
 * document) stays as the checks word it.
 */
public final class CustomerWords {

    /** Each notice's English sentence to its key ({@code notice.<constant>}), from the constants themselves. */
    private static final Map<String, String> NOTICE_KEYS = noticeKeys();

    private CustomerWords() {}

    static Words words(Locale language) {
        return Words.of("customer-words", language);
    }

    /** The reasons a customer is shown, in their language. */
    public static List<String> notices(List<String> reasons, Locale language) {
        Words words = words(language);
        return reasons.stream()
                .map(reason -> NOTICE_KEYS.containsKey(reason) ? words.get(NOTICE_KEYS.get(reason)) : reason)
                .toList();
    }

    /**
     * The acknowledgement of a complaint: when the final response is due and where to go next ({@code profile}: the
     * jurisdiction, whose ombudsman it names).
     */
    public static String complaintAcknowledgement(String due, String profile, Locale language) {
        Words words = words(language);
        return words.format("complaint.acknowledgement", due, words.get("ombudsman." + profile));
    }

    private static Map<String, String> noticeKeys() {
        Map<String, String> keys = new HashMap<>();
        for (Field field : CustomerNotices.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    keys.put((String) field.get(null), "notice." + field.getName());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Map.copyOf(keys);
    }
}
