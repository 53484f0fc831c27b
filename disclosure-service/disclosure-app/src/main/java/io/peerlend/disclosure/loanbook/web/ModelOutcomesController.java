package io.peerlend.disclosure.loanbook.web;

import io.peerlend.disclosure.loanbook.LoanBook;
import io.peerlend.disclosure.loanbook.domain.LoanFact;
import io.peerlend.disclosure.loanbook.domain.ModelOutcomes;
import io.peerlend.platform.security.EndpointRules;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The credit model's expected against observed defaults, per grade: public, no login. */
@RestController
class ModelOutcomesController {

    static final String DEFINITIONS = "expectedDefaults: the sum of the probabilities of default the scorecard gave "
            + "the loans issued in the grade (each over the loan's whole life); observedDefaults: those loans that "
            + "defaulted by the date; rates: per loan issued. 'Aged' counts only loans that reached the end of their "
            + "term, were closed or defaulted by the date, so that expected and observed cover the same lifetimes.";

    record Outcomes(LocalDate asOf, List<ModelOutcomes.Grade> grades, String definitions) {}

    private final LoanBook book;

    ModelOutcomesController(LoanBook book) {
        this.book = book;
    }

    @Bean
    static EndpointRules modelOutcomesEndpoints() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/public/disclosure/model-outcomes")
                .permitAll();
    }

    @Operation(summary = "Expected versus observed defaults per grade, from the loan book (public)")
    @GetMapping("/public/disclosure/model-outcomes")
    Outcomes outcomes() {
        List<LoanFact> loans = book.loans();
        LocalDate asOf = book.businessDate();
        if (asOf == null) {
            // before the business date first moves: the latest date any loan was issued or closed on
            asOf = loans.stream()
                    .flatMap(f -> Stream.of(f.issuedOn(), f.closedOn()))
                    .filter(Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElse(LocalDate.now());
        }
        return new Outcomes(asOf, ModelOutcomes.of(loans, asOf), DEFINITIONS);
    }
}
