package io.peerlend.disclosure.loanbook.web;

import io.peerlend.disclosure.loanbook.LoanBook;
import io.peerlend.disclosure.loanbook.domain.LoanFact;
import io.peerlend.disclosure.loanbook.domain.PublicLoan;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Loan-level public data, like Lending Club's: one row per loan paid out, nothing that identifies a person. */
@RestController
class LoanDataController {

    static final int MAX_PAGE = 1_000;

    record Page(int page, int size, List<PublicLoan> loans) {}

    private final LoanBook book;

    LoanDataController(LoanBook book) {
        this.book = book;
    }

    @Bean
    static EndpointRules loanDataEndpoints() {
        return rules -> rules.requestMatchers(
                        HttpMethod.GET, "/public/disclosure/loans", "/public/disclosure/loans.csv")
                .permitAll();
    }

    @Operation(summary = "Loan-level data as JSON, a page at a time (public)")
    @GetMapping("/public/disclosure/loans")
    Page page(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        if (page < 0) {
            throw new RequestRejectedException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw new RequestRejectedException("size", "must be between 1 and " + MAX_PAGE);
        }
        return new Page(
                page,
                size,
                book.page(page, size).stream()
                        .filter(LoanFact::issued)
                        .map(PublicLoan::of)
                        .toList());
    }

    @Operation(summary = "Loan-level data as CSV, every loan paid out (public)")
    @GetMapping(value = "/public/disclosure/loans.csv", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> csv() {
        StreamingResponseBody body = out -> {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (Stream<LoanFact> loans = book.stream();
                    CSVPrinter csv = new CSVPrinter(
                            writer,
                            CSVFormat.RFC4180
                                    .builder()
                                    .setHeader(PublicLoan.COLUMNS.toArray(String[]::new))
                                    .get())) {
                for (LoanFact f : (Iterable<LoanFact>) loans.filter(LoanFact::issued)::iterator) {
                    csv.printRecord(PublicLoan.of(f).values());
                }
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"loans.csv\"")
                .contentType(MediaType.parseMediaType("text/csv"))
                .body(body);
    }
}
