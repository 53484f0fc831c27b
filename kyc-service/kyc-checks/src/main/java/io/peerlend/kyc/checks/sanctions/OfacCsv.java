package io.peerlend.kyc.checks.sanctions;

import io.peerlend.kyc.checks.sanctions.SanctionsEntry.EntryType;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * OFAC's legacy CSV files (the SDN list and the consolidated non-SDN list share the layout): primary records
 * {@code ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner,
 * Remarks}, alternate names {@code ent_num, alt_num, alt_type, alt_name, alt_remarks}, and remark continuations
 * {@code ent_num, remarks}. {@code -0- } means empty. Dates of birth and nationality are only in the remarks.
 */
public final class OfacCsv {

    private static final Pattern DOB = Pattern.compile("DOB ([^;]+)");
    private static final Pattern EXACT = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3}) (\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d{2}|20\\d{2})\\b");
    private static final Pattern NATIONALITY = Pattern.compile("(?:nationality|citizen) ([^;.]+)");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private OfacCsv() {}

    public static List<SanctionsEntry> read(String list, Reader primary, Reader alternates, Reader comments)
            throws IOException {
        Map<String, List<String>> altNames = new HashMap<>();
        for (CSVRecord r : records(alternates)) {
            if (r.size() > 3 && !empty(r.get(3))) {
                altNames.computeIfAbsent(r.get(0).strip(), k -> new ArrayList<>())
                        .add(r.get(3).strip());
            }
        }
        Map<String, String> moreRemarks = new HashMap<>();
        if (comments != null) {
            for (CSVRecord r : records(comments)) {
                if (r.size() > 1 && !empty(r.get(1))) {
                    moreRemarks.merge(r.get(0).strip(), r.get(1).strip(), (a, b) -> a + " " + b);
                }
            }
        }
        List<SanctionsEntry> entries = new ArrayList<>();
        for (CSVRecord r : records(primary)) {
            if (r.size() < 12 || empty(r.get(1))) {
                continue;
            }
            String id = r.get(0).strip();
            String remarks = value(r.get(11)) + " " + moreRemarks.getOrDefault(id, "");
            entries.add(new SanctionsEntry(
                    list,
                    id,
                    type(r.get(2)),
                    r.get(1).strip(),
                    altNames.getOrDefault(id, List.of()),
                    births(remarks),
                    nationalities(remarks),
                    value(r.get(3))));
        }
        return entries;
    }

    static List<ListedBirth> births(String remarks) {
        List<ListedBirth> births = new ArrayList<>();
        Matcher dob = DOB.matcher(remarks);
        while (dob.find()) {
            String text = dob.group(1);
            Matcher exact = EXACT.matcher(text);
            if (exact.find()) {
                try {
                    births.add(ListedBirth.exact(LocalDate.parse(
                            exact.group(1) + " " + exact.group(2) + " " + exact.group(3), DAY_MONTH_YEAR)));
                    continue;
                } catch (DateTimeParseException e) {
                    // fall through to the years named in the text
                }
            }
            List<Integer> years = new ArrayList<>();
            Matcher year = YEAR.matcher(text);
            while (year.find()) {
                years.add(Integer.parseInt(year.group(1)));
            }
            if (!years.isEmpty()) {
                births.add(ListedBirth.years(years.get(0), years.get(years.size() - 1)));
            }
        }
        return births;
    }

    static Set<String> nationalities(String remarks) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = NATIONALITY.matcher(remarks);
        while (m.find()) {
            Countries.toIso2(m.group(1).strip()).ifPresent(codes::add);
        }
        return codes;
    }

    private static EntryType type(String raw) {
        return switch (value(raw).toLowerCase(Locale.ROOT)) {
            case "individual" -> EntryType.INDIVIDUAL;
            case "vessel" -> EntryType.VESSEL;
            case "aircraft" -> EntryType.AIRCRAFT;
            default -> EntryType.ENTITY;
        };
    }

    private static Iterable<CSVRecord> records(Reader reader) throws IOException {
        return CSVFormat.DEFAULT
                .builder()
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(reader);
    }

    private static boolean empty(String v) {
        return value(v).isEmpty();
    }

    private static String value(String v) {
        String s = v == null ? "" : v.strip();
        return "-0-".equals(s) ? "" : s;
    }
}
