package io.peerlend.lending;

import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.platform.readside.ReadModelCounts;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The lending figures operations watch (docs/operations.md): applications by status ({@code peerlend_applications}:
 * many waiting as {@code SUBMITTED} or {@code SCORED} means a step is stuck) and open loans by arrears bucket
 * ({@code peerlend_loans{bucket}}), counted from the read models every 30 s.
 */
@Component
class OperationsFigures {

    private final List<ReadModelCounts> figures;

    OperationsFigures(MeterRegistry meters, MongoTemplate mongo) {
        this.figures = List.of(
                // LoanApplicationReadModel's collection
                ReadModelCounts.byField(
                        meters,
                        mongo,
                        "peerlend.applications",
                        "loan applications by status",
                        "loan_applications",
                        "status"),
                new ReadModelCounts(
                        meters,
                        mongo,
                        "peerlend.loans",
                        "open loans (active or defaulted) by arrears bucket",
                        // LoanReadModel's collection
                        "loans",
                        "bucket",
                        "bucket",
                        () -> Criteria.where("status").in("ACTIVE", "DEFAULTED")));
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT30S")
    void refresh() {
        figures.forEach(ReadModelCounts::refresh);
    }
}
