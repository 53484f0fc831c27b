package io.peerlend.kyc.checks.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The 18-character citizen identity number of GB 11643-1999: a 6-digit administrative region code (GB/T 2260), the
 * date of birth as YYYYMMDD, a 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check
 * character (0-9 or X).
 */
public final class ChineseResidentId {

    /** GB/T 2260's codes for Taiwan, Hong Kong and Macao, beside the mainland's provinces. */
    private static final Set<String> OUTSIDE_THE_MAINLAND = Set.of("71", "81", "82");

    private ChineseResidentId() {}

    public static DocumentCheckResult check(String raw, LocalDate today) {
        String number = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        List<String> failures = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        if (!Gb11643.shaped(number)) {
            failures.add("a resident identity number has 17 digits and a check character (0-9 or X)");
            return DocumentCheckResult.of(failures, fields);
        }
        String region = number.substring(0, 6);
        fields.put("regionCode", region);
        String province = region.substring(0, 2);
        if (!Gb11643.MAINLAND_PROVINCES.contains(province) && !OUTSIDE_THE_MAINLAND.contains(province)) {
            failures.add("region code " + region + " does not name a province-level division");
        }
        Gb11643.read(number, today, failures, fields);
        fields.put("sex", Gb11643.sex(number));
        return DocumentCheckResult.of(failures, fields);
    }

    static char checkCharacter(String first17) {
        return Gb11643.checkCharacter(first17);
    }
}
