package io.peerlend.kyc.checks.documents;

import com.ibm.icu.util.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The foreigner's permanent residence identity card (外国人永久居留身份证) in both its forms:
 *
 * <ul>
 *   <li>since 1 December 2023, 18 characters: the digit 9, the province-level code (GB/T 2260) of the authority that
 *       took the application, the holder's nationality as a 3-digit ISO 3166-1 numeric code, the date of birth as
 *       YYYYMMDD, a 3-digit sequence (odd for men, even for women) and the MOD 11-2 check character of GB 11643-1999;
 *   <li>the earlier cards, valid until they expire, 15 characters: the nationality as ISO 3166-1 alpha-3, a 4-digit
 *       code of the issuing area (province and city of GB/T 2260), the date of birth as YYMMDD, one digit (odd for
 *       men) and a check digit computed as ICAO 9303's (weights 7-3-1).
 * </ul>
 */
public final class ForeignPermanentResidentId {

    private ForeignPermanentResidentId() {}

    public static DocumentCheckResult check(String raw, LocalDate today) {
        String number = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        List<String> failures = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        if (Gb11643.shaped(number) && number.charAt(0) == '9') {
            fields.put("format", "2023");
            province(number.substring(1, 3), failures, fields);
            nationality(alpha3(Integer.parseInt(number.substring(3, 6))), number.substring(3, 6), failures, fields);
            Gb11643.read(number, today, failures, fields);
            fields.put("sex", Gb11643.sex(number));
        } else if (number.matches("[A-Z]{3}\\d{12}")) {
            fields.put("format", "2004");
            String nationality = number.substring(0, 3);
            nationality(isCountry(nationality) ? nationality : null, nationality, failures, fields);
            province(number.substring(3, 5), failures, fields);
            LocalDate born = MrzCheck.date(number.substring(7, 13), today, false);
            if (born == null) {
                failures.add("date of birth is not a real date: " + number.substring(7, 13));
            } else {
                fields.put("dateOfBirth", born.toString());
            }
            fields.put("sex", (number.charAt(13) - '0') % 2 == 1 ? "M" : "F");
            if (!CheckDigits.matches(number.substring(0, 14), number.charAt(14))) {
                failures.add("check digit does not match (ICAO 9303 weights)");
            }
        } else {
            failures.add("a permanent residence identity card number is 9 and 16 digits and a check character (0-9 or"
                    + " X), or, on cards issued before December 2023, 3 letters and 12 digits");
        }
        return DocumentCheckResult.of(failures, fields);
    }

    private static void province(String province, List<String> failures, Map<String, String> fields) {
        fields.put("provinceCode", province);
        if (!Gb11643.MAINLAND_PROVINCES.contains(province)) {
            failures.add("province code " + province + " does not name a mainland province-level division");
        }
    }

    private static void nationality(String alpha3, String code, List<String> failures, Map<String, String> fields) {
        if (alpha3 == null) {
            failures.add("nationality code " + code + " does not name a country (ISO 3166-1)");
        } else {
            fields.put("nationality", alpha3);
        }
    }

    /** The alpha-3 code of a country's ISO 3166-1 numeric code (through ICU's regions), or null for none. */
    static String alpha3(int numeric) {
        try {
            Region region = Region.getInstance(numeric);
            if (region.getType() != Region.RegionType.TERRITORY) {
                return null;
            }
            return new Locale("", region.toString()).getISO3Country();
        } catch (IllegalArgumentException | MissingResourceException unknown) {
            return null;
        }
    }

    private static boolean isCountry(String alpha3) {
        for (String alpha2 : Locale.getISOCountries()) {
            if (new Locale("", alpha2).getISO3Country().equals(alpha3)) {
                return true;
            }
        }
        return false;
    }
}
