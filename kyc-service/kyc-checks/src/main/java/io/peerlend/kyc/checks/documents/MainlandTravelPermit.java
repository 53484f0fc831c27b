package io.peerlend.kyc.checks.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mainland travel permits, in their card forms: for Hong Kong and Macao residents (港澳居民来往内地通行证, since
 * 2013), H for Hong Kong or M for Macao and 8 digits kept for life, sometimes written with the 2-digit count of
 * cards issued after them; for Taiwan residents (台湾居民来往大陆通行证, since 2015), 8 digits kept for life. Neither
 * number has a check character, and neither states the holder's name or date of birth, so a number that has the
 * published form proves no identity on its own (like a National Insurance number); the booklet forms these cards
 * replaced have all expired.
 */
public final class MainlandTravelPermit {

    private MainlandTravelPermit() {}

    public static DocumentCheckResult forHongKongMacaoResidents(String raw) {
        String number = normalise(raw);
        List<String> failures = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        if (!number.matches("[HM]\\d{8}(\\d{2})?")) {
            failures.add("a travel permit for Hong Kong and Macao residents is H or M and 8 digits (and perhaps the"
                    + " 2-digit issue count)");
            return DocumentCheckResult.of(failures, fields);
        }
        fields.put("residentOf", number.charAt(0) == 'H' ? "Hong Kong" : "Macao");
        fields.put("permitNumber", number.substring(0, 9));
        if (number.length() == 11) {
            fields.put("issueCount", number.substring(9));
        }
        return DocumentCheckResult.of(failures, fields);
    }

    public static DocumentCheckResult forTaiwanResidents(String raw) {
        String number = normalise(raw);
        List<String> failures = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        if (!number.matches("\\d{8}")) {
            failures.add("a travel permit for Taiwan residents has 8 digits");
            return DocumentCheckResult.of(failures, fields);
        }
        fields.put("residentOf", "Taiwan");
        fields.put("permitNumber", number);
        return DocumentCheckResult.of(failures, fields);
    }

    private static String normalise(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
