package io.peerlend.disclosure.reports.web;

import io.peerlend.disclosure.reports.MonthlyDataStore;
import io.peerlend.disclosure.reports.ReportArchive;
import io.peerlend.disclosure.reports.domain.MonthlyData;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A month's loan-level data files, for anyone (no login): the exact bytes whose SHA-256 the month's signed manifest
 * ({@code /public/disclosure/reports/monthly-loan-data/{period}}) names. Served only for a month whose manifest is
 * published.
 */
@RestController
class MonthlyDataController {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final MonthlyDataStore data;
    private final ReportArchive archive;

    MonthlyDataController(MonthlyDataStore data, ReportArchive archive) {
        this.data = data;
        this.archive = archive;
    }

    @Bean
    static EndpointRules monthlyDataEndpoints() {
        return rules -> rules.requestMatchers(
                        HttpMethod.GET,
                        "/public/disclosure/data/{period}/loans.csv",
                        "/public/disclosure/data/{period}/listings.csv")
                .permitAll();
    }

    @Operation(summary = "The loans whose state changed in a month, as at its end (public)")
    @GetMapping(value = "/public/disclosure/data/{period}/loans.csv", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> loans(@PathVariable String period) {
        return file(period, MonthlyData.LOANS, MonthlyData.LOAN_COLUMNS);
    }

    @Operation(summary = "The secondary-market listings whose state changed in a month, as at its end (public)")
    @GetMapping(value = "/public/disclosure/data/{period}/listings.csv", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> listings(@PathVariable String period) {
        return file(period, MonthlyData.LISTINGS, MonthlyData.LISTING_COLUMNS);
    }

    private ResponseEntity<StreamingResponseBody> file(String period, String file, List<String> columns) {
        if (!MONTH.matcher(period).matches()) {
            throw new RequestRejectedException("period", "must be a month as yyyy-MM");
        }
        if (archive.find(MonthlyData.SERIES, period).isEmpty()) {
            throw new NoSuchElementException("no loan data published for " + period);
        }
        StreamingResponseBody body = out -> {
            try (Stream<List<String>> rows = data.rows(file, period)) {
                MonthlyData.write(out, columns, rows.iterator());
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "-" + period + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv"))
                .body(body);
    }
}
