package io.peerlend.kyc.customers;

import io.peerlend.kyc.customers.domain.CustomerNotices;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

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

    public static boolean chinese(Locale language) {
        return language != null && "zh".equals(language.getLanguage());
    }

    static ResourceBundle words(Locale language) {
        return ResourceBundle.getBundle(
                "customer-words",
                chinese(language) ? Locale.SIMPLIFIED_CHINESE : Locale.UK,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The reasons a customer is shown, in their language. */
    public static List<String> notices(List<String> reasons, Locale language) {
        ResourceBundle words = words(language);
        return reasons.stream()
                .map(reason -> NOTICE_KEYS.containsKey(reason) ? words.getString(NOTICE_KEYS.get(reason)) : reason)
                .toList();
    }

    /**
     * The acknowledgement of a complaint: when the final response is due and where to go next ({@code profile}: the
     * jurisdiction, whose ombudsman it names).
     */
    public static String complaintAcknowledgement(String due, String profile, Locale language) {
        ResourceBundle words = words(language);
        String ombudsman = words.getString("ombudsman." + profile);
        return new MessageFormat(words.getString("complaint.acknowledgement").replace("'", "''"), language)
                .format(new Object[] {due, ombudsman});
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
