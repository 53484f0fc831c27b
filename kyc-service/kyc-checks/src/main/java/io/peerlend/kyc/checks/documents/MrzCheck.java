package io.peerlend.kyc.checks.documents;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Machine-readable zones of ICAO Doc 9303: TD1 (3 lines of 30, identity cards), TD2 (2 of 36), TD3 (2 of 44,
 * passports) and the visas MRV-B (2 of 36) and MRV-A (2 of 44), told apart from TD2 and TD3 by their document code V.
 * Every check digit is verified, the composite one included, long document numbers are read on into the optional
 * data, and the fields are parsed.
 */
public final class MrzCheck {

    private static final Pattern MRZ_CHARACTERS = Pattern.compile("[A-Z0-9<]+");

    private MrzCheck() {}

    public static DocumentCheckResult check(List<String> rawLines, LocalDate today) {
        List<String> lines = rawLines.stream()
                .map(l -> l == null ? "" : l.strip().toUpperCase(Locale.ROOT))
                .toList();
        List<String> failures = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!MRZ_CHARACTERS.matcher(lines.get(i)).matches()) {
                failures.add("line " + (i + 1) + " may contain only A-Z, 0-9 and '<'");
            }
        }
        if (!failures.isEmpty()) {
            return DocumentCheckResult.of(failures, fields);
        }
        boolean visa = lines.size() == 2 && lines.get(0).startsWith("V");
        if (lines.size() == 3 && lines.stream().allMatch(l -> l.length() == 30)) {
            td1(lines, today, failures, fields);
        } else if (lines.size() == 2 && lines.stream().allMatch(l -> l.length() == 36)) {
            twoLine(visa ? "MRV-B" : "TD2", lines, today, failures, fields);
        } else if (lines.size() == 2 && lines.stream().allMatch(l -> l.length() == 44)) {
            twoLine(visa ? "MRV-A" : "TD3", lines, today, failures, fields);
        } else {
            failures.add("an MRZ has 3 lines of 30 characters (TD1), 2 of 36 (TD2, MRV-B) or 2 of 44 (TD3, MRV-A); got "
                    + lines.size() + " line(s) of "
                    + lines.stream().map(l -> String.valueOf(l.length())).toList()
                    + " characters");
        }
        return DocumentCheckResult.of(failures, fields);
    }

    /**
     * TD2, TD3 and the visas (MRV-B, MRV-A) share a layout up to the expiry date; after it, TD3 has a 14-character
     * personal number with its own check digit, TD2 7 characters of optional data, and each a composite check digit;
     * a visa has only optional data (8 or 16 characters) and no composite digit (Doc 9303 part 7).
     */
    private static void twoLine(
            String format, List<String> lines, LocalDate today, List<String> failures, Map<String, String> fields) {
        String l1 = lines.get(0);
        String l2 = lines.get(1);
        int end = l2.length() - 1;
        boolean visa = format.startsWith("MRV");
        fields.put("format", format);
        fields.put("documentType", text(l1.substring(0, 2)));
        fields.put("issuingState", text(l1.substring(2, 5)));
        names(l1.substring(5), fields);
        String optional = visa ? l2.substring(28) : l2.substring(28, "TD3".equals(format) ? 42 : 35);
        String rest = documentNumber(l2.substring(0, 9), l2.charAt(9), optional, failures, fields);
        fields.put("nationality", text(l2.substring(10, 13)));
        dateOfBirth(l2.substring(13, 19), l2.charAt(19), today, failures, fields);
        fields.put("sex", sex(l2.charAt(20)));
        expiry(l2.substring(21, 27), l2.charAt(27), today, failures, fields);
        if ("TD3".equals(format)) {
            fields.put("personalNumber", text(rest));
            // the digit covers the field as written, a long document number's continuation included
            if (!CheckDigits.matches(optional, l2.charAt(42))) {
                failures.add("personal number check digit does not match");
            }
        } else {
            fields.put("optionalData", text(rest));
        }
        if (visa) {
            return;
        }
        String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, end);
        if (!CheckDigits.matches(composite, l2.charAt(end))) {
            failures.add("composite check digit does not match");
        }
    }

    /**
     * The document number, and what is left of the optional data after it. Doc 9303 (part 5 4.2.4, part 6 4.2.4, and
     * the same layout in parts 4 and 7): a number longer than 9 characters shows its 9 principal characters, a filler
     * where the check digit would be, and continues at the start of the optional data, where the whole number's check
     * digit follows its last character and a filler ends it.
     */
    private static String documentNumber(
            String principal, char checkDigit, String optional, List<String> failures, Map<String, String> fields) {
        if (checkDigit != '<' || optional.isEmpty() || optional.charAt(0) == '<') {
            document(principal, checkDigit, failures, fields);
            return optional;
        }
        int filler = optional.indexOf('<');
        String continued = filler < 0 ? optional : optional.substring(0, filler);
        if (continued.length() < 2) {
            fields.put("documentNumber", text(principal));
            failures.add("a document number read on into the optional data needs its remaining characters and its"
                    + " check digit there");
            return optional.substring(continued.length());
        }
        document(
                principal + continued.substring(0, continued.length() - 1),
                continued.charAt(continued.length() - 1),
                failures,
                fields);
        return optional.substring(continued.length());
    }

    private static void td1(List<String> lines, LocalDate today, List<String> failures, Map<String, String> fields) {
        String l1 = lines.get(0);
        String l2 = lines.get(1);
        fields.put("format", "TD1");
        fields.put("documentType", text(l1.substring(0, 2)));
        fields.put("issuingState", text(l1.substring(2, 5)));
        String optional1 = documentNumber(l1.substring(5, 14), l1.charAt(14), l1.substring(15, 30), failures, fields);
        fields.put("optionalData", text(optional1));
        dateOfBirth(l2.substring(0, 6), l2.charAt(6), today, failures, fields);
        fields.put("sex", sex(l2.charAt(7)));
        expiry(l2.substring(8, 14), l2.charAt(14), today, failures, fields);
        fields.put("nationality", text(l2.substring(15, 18)));
        fields.put("optionalData2", text(l2.substring(18, 29)));
        String composite = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
        if (!CheckDigits.matches(composite, l2.charAt(29))) {
            failures.add("composite check digit does not match");
        }
        names(lines.get(2), fields);
    }

    private static void document(String number, char checkDigit, List<String> failures, Map<String, String> fields) {
        fields.put("documentNumber", text(number));
        if (!CheckDigits.matches(number, checkDigit)) {
            failures.add("document number check digit does not match");
        }
    }

    private static void dateOfBirth(
            String yymmdd, char checkDigit, LocalDate today, List<String> failures, Map<String, String> fields) {
        if (!CheckDigits.matches(yymmdd, checkDigit)) {
            failures.add("date of birth check digit does not match");
        }
        LocalDate date = date(yymmdd, today, false);
        if (date == null) {
            failures.add("date of birth is not a real date: " + yymmdd);
        } else {
            fields.put("dateOfBirth", date.toString());
        }
    }

    private static void expiry(
            String yymmdd, char checkDigit, LocalDate today, List<String> failures, Map<String, String> fields) {
        if (!CheckDigits.matches(yymmdd, checkDigit)) {
            failures.add("date of expiry check digit does not match");
        }
        LocalDate date = date(yymmdd, today, true);
        if (date == null) {
            failures.add("date of expiry is not a real date: " + yymmdd);
        } else {
            fields.put("dateOfExpiry", date.toString());
        }
    }

    /**
     * Two-digit years: a birth date is never in the future, so 30 means 1930 in 2026; an expiry date lies at most
     * 50 years ahead (documents are valid for at most 10 years, expired ones may be decades old).
     */
    static LocalDate date(String yymmdd, LocalDate today, boolean expiry) {
        if (!yymmdd.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        int century = today.getYear() / 100 * 100;
        int year = century + yy;
        if (expiry ? year > today.getYear() + 50 : year > today.getYear()) {
            year -= 100;
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return !expiry && date.isAfter(today) ? date.minusYears(100) : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void names(String field, Map<String, String> fields) {
        String trimmed = field.replaceAll("<+$", "");
        int separator = trimmed.indexOf("<<");
        String surname = separator < 0 ? trimmed : trimmed.substring(0, separator);
        String given = separator < 0 ? "" : trimmed.substring(separator + 2);
        fields.put("surname", text(surname));
        fields.put("givenNames", text(given));
    }

    private static String sex(char c) {
        return switch (c) {
            case 'M' -> "M";
            case 'F' -> "F";
            default -> "X";
        };
    }

    private static String text(String field) {
        return field.replace('<', ' ').strip().replaceAll(" +", " ");
    }
}
