package io.peerlend.kyc.checks.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证, issued on the mainland since
 * 2018): an 18-character number in the layout of GB 11643-1999 whose region code is 810000 for Hong Kong, 820000 for
 * Macao or 830000 for Taiwan, then the date of birth, a sequence (odd for men) and the MOD 11-2 check character.
 */
public final class ResidencePermitForHongKongMacaoTaiwan {

    private static final Map<String, String> REGIONS =
            Map.of("810000", "Hong Kong", "820000", "Macao", "830000", "Taiwan");

    private ResidencePermitForHongKongMacaoTaiwan() {}

    public static DocumentCheckResult check(String raw, LocalDate today) {
        String number = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        List<String> failures = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        if (!Gb11643.shaped(number)) {
            failures.add("a residence permit number has 17 digits and a check character (0-9 or X)");
            return DocumentCheckResult.of(failures, fields);
        }
        String region = number.substring(0, 6);
        fields.put("regionCode", region);
        if (REGIONS.containsKey(region)) {
            fields.put("residentOf", REGIONS.get(region));
        } else {
            failures.add("a residence permit for Hong Kong, Macao and Taiwan residents begins 810000, 820000 or 830000,"
                    + " not " + region);
        }
        Gb11643.read(number, today, failures, fields);
        fields.put("sex", Gb11643.sex(number));
        return DocumentCheckResult.of(failures, fields);
    }
}
