package io.peerlend.kyc.checks.documents;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 18-character number of GB 11643-1999 and the documents that follow its layout: 17 digits whose characters 7 to
 * 14 are the date of birth as YYYYMMDD, and an ISO 7064 MOD 11-2 check character (0-9 or X). What the first six
 * digits mean, and whether the sequence's parity gives the sex, depends on the document.
 */
final class Gb11643 {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    /** First two digits of GB/T 2260 for the mainland's provinces, autonomous regions and municipalities. */
    static final Set<String> MAINLAND_PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");

    private Gb11643() {}

    /** 17 digits and a check character: the shape every document of this layout has. */
    static boolean shaped(String number) {
        return number.matches("\\d{17}[\\dX]");
    }

    /** Reads the date of birth and verifies the check character of a {@link #shaped} number. */
    static void read(String number, LocalDate today, List<String> failures, Map<String, String> fields) {
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
        if (number.charAt(17) != checkCharacter(number.substring(0, 17))) {
            failures.add("check character does not match (MOD 11-2)");
        }
    }

    /** The sequence's last digit: odd for men, even for women. */
    static String sex(String number) {
        return (number.charAt(16) - '0') % 2 == 1 ? "M" : "F";
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
