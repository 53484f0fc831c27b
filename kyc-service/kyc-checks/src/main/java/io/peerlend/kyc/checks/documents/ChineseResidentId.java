package io.peerlend.kyc.checks.documents;

import java.time.DateTimeException;
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

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    /** First two digits of GB/T 2260: provinces, autonomous regions, municipalities, Taiwan, Hong Kong, Macao. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    private ChineseResidentId() {}

    public static DocumentCheckResult check(String raw, LocalDate today) {
        String number = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        List<String> failures = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        if (!number.matches("\\d{17}[\\dX]")) {
            failures.add("a resident identity number has 17 digits and a check character (0-9 or X)");
            return DocumentCheckResult.of(failures, fields);
        }
        String region = number.substring(0, 6);
        fields.put("regionCode", region);
        if (!PROVINCES.contains(region.substring(0, 2))) {
            failures.add("region code " + region + " does not name a province-level division");
        }
        try {
            LocalDate born = LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
            if (born.isAfter(today) || born.getYear() < 1900) {
                failures.add("date of birth " + born + " is outside 1900 to today");
            }
            fields.put("dateOfBirth", born.toString());
        } catch (DateTimeException e) {
            failures.add("date of birth is not a real date: " + number.substring(6, 14));
        }
        fields.put("sex", (number.charAt(16) - '0') % 2 == 1 ? "M" : "F");
        char expected = checkCharacter(number.substring(0, 17));
        if (number.charAt(17) != expected) {
            failures.add("check character does not match (MOD 11-2)");
        }
        return DocumentCheckResult.of(failures, fields);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
