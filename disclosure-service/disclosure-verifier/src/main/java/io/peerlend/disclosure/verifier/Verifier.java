package io.peerlend.disclosure.verifier;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks a directory of downloaded published files: every report's seal and chain, every month's data files against
 * their signed manifest, then — carrying each loan's and listing's last row forward month by month — recomputes the
 * loan-derived figures of the month's operating and secondary-market reports and, after December, the year's outcome
 * statement. A month's reports are checked only when the data are intact from the first month up to it.
 */
public final class Verifier {

    static final String DATA = "monthly-loan-data";
    static final String OPERATING = "monthly-operating";
    static final String SECONDARY = "monthly-secondary-market";
    static final String OUTCOME = "annual-outcome";

    private Verifier() {}

    public static Findings verify(Path dir) {
        Findings findings = new Findings();
        Published published = new Published(dir);
        List<Findings.Report> data = published.series(DATA, findings);
        Map<String, Findings.Report> operating = byPeriod(published.series(OPERATING, findings));
        Map<String, Findings.Report> secondary = byPeriod(published.series(SECONDARY, findings));
        Map<String, Findings.Report> outcome = byPeriod(published.series(OUTCOME, findings));
        Map<String, LoanRow> loans = new LinkedHashMap<>();
        Map<String, ListingRow> listings = new LinkedHashMap<>();
        Set<String> checked = new HashSet<>();
        YearMonth expected = null;
        boolean intact = true;
        for (Findings.Report manifest : data) {
            YearMonth month = YearMonth.parse(manifest.period());
            int digits = Currency.getInstance(manifest.text("currency")).getDefaultFractionDigits();
            intact &= manifest.sealValid() && (expected == null || expected.equals(month));
            intact &= read(published, findings, manifest, "loans", r -> {
                LoanRow row = LoanRow.of(r);
                loans.put(row.id(), row);
            });
            intact &= read(published, findings, manifest, "listings", r -> {
                ListingRow row = ListingRow.of(r, digits);
                listings.put(row.id(), row);
            });
            expected = month.plusMonths(1);
            if (!intact) {
                continue; // a gap or a changed file: no later month can be rebuilt
            }
            String period = month.toString();
            if (operating.containsKey(period)) {
                OperatingCheck.check(operating.get(period), loans.values(), findings);
                checked.add(OPERATING + period);
            }
            if (secondary.containsKey(period)) {
                SecondaryCheck.check(secondary.get(period), listings.values(), findings);
                checked.add(SECONDARY + period);
            }
            String year = String.valueOf(month.getYear());
            if (month.getMonthValue() == 12 && outcome.containsKey(year)) {
                OutcomeCheck.check(outcome.get(year), loans.values(), findings);
                checked.add(OUTCOME + year);
            }
        }
        for (Map<String, Findings.Report> series : List.of(operating, secondary, outcome)) {
            series.values().stream()
                    .filter(r -> !checked.contains(r.series() + r.period()))
                    .forEach(r -> findings.notChecked(
                            r, "*", "no intact loan data from the first published month up to this one"));
        }
        return findings;
    }

    /** Reads one of a month's files after checking it against the manifest; false if it is missing or differs. */
    private static boolean read(
            Published published, Findings findings, Findings.Report manifest, String file, Consumer<CSVRecord> row) {
        Path path = published.data(manifest.period(), file).orElse(null);
        String sha256 = path == null ? null : Published.sha256(Published.bytes(path));
        findings.compare(manifest, file + ".sha256", sha256);
        if (sha256 == null || !sha256.equals(manifest.text(file + ".sha256"))) {
            return false;
        }
        long rows = 0;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            for (CSVRecord record : csv) {
                row.accept(record);
                rows++;
            }
        } catch (IOException | RuntimeException e) {
            findings.add(new Finding(
                    Finding.Verdict.DIFFERS,
                    manifest.series(),
                    manifest.period(),
                    file,
                    null,
                    null,
                    "unreadable: " + e.getMessage()));
            return false;
        }
        findings.compare(manifest, file + ".rows", rows);
        return String.valueOf(rows).equals(manifest.text(file + ".rows"));
    }

    private static Map<String, Findings.Report> byPeriod(List<Findings.Report> reports) {
        Map<String, Findings.Report> map = new LinkedHashMap<>();
        reports.forEach(r -> map.put(r.period(), r));
        return map;
    }
}
