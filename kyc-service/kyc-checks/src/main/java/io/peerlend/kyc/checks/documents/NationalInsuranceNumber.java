package io.peerlend.kyc.checks.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A UK National Insurance number (HMRC's National Insurance Manual NIM39110): two prefix letters, six digits and a
 * suffix A-D. D, F, I, Q, U and V are never used in the prefix, nor O as its second letter; the prefixes BG, GB, KN,
 * NK, NT, TN and ZZ are not allocated (TN marks a temporary number).
 */
public final class NationalInsuranceNumber {

    private static final Set<String> UNALLOCATED_PREFIXES = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    private NationalInsuranceNumber() {}

    public static DocumentCheckResult check(String raw) {
        String number = raw == null ? "" : raw.replace(" ", "").toUpperCase(Locale.ROOT);
        List<String> failures = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        if (!number.matches("[A-Z]{2}\\d{6}[A-Z]")) {
            failures.add("a National Insurance number is two letters, six digits and a letter, e.g. AB 12 34 56 C");
            return DocumentCheckResult.of(failures, fields);
        }
        String prefix = number.substring(0, 2);
        fields.put("prefix", prefix);
        fields.put("number", number.substring(2, 8));
        fields.put("suffix", number.substring(8));
        if ("DFIQUV".indexOf(prefix.charAt(0)) >= 0) {
            failures.add("the first letter may not be D, F, I, Q, U or V");
        }
        if ("DFIOQUV".indexOf(prefix.charAt(1)) >= 0) {
            failures.add("the second letter may not be D, F, I, O, Q, U or V");
        }
        if (UNALLOCATED_PREFIXES.contains(prefix)) {
            failures.add("the prefix " + prefix + " is not allocated");
        }
        if ("ABCD".indexOf(number.charAt(8)) < 0) {
            failures.add("the suffix must be A, B, C or D");
        }
        return DocumentCheckResult.of(failures, fields);
    }
}
