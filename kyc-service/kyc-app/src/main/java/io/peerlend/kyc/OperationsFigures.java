package io.peerlend.kyc;

import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.platform.readside.ReadModelCounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The KYC figures operations watch (docs/operations.md): AML cases by status ({@code peerlend_aml_cases}), complaints
 * by status ({@code peerlend_complaints}) and open complaints whose final response is due within seven days
 * ({@code peerlend_complaints_due_soon}), counted from the read models every 30 s.
 */
@Component
class OperationsFigures {

    private final List<ReadModelCounts> figures;

    OperationsFigures(MeterRegistry meters, MongoTemplate mongo, Clock clock) {
        this.figures = List.of(
                // the collections of AmlCaseReadModel and ComplaintReadModel
                ReadModelCounts.byField(
                        meters, mongo, "peerlend.aml.cases", "AML cases by status", "aml_cases", "status"),
                ReadModelCounts.byField(
                        meters, mongo, "peerlend.complaints", "complaints by status", "complaints", "status"),
                new ReadModelCounts(
                        meters,
                        mongo,
                        "peerlend.complaints.due.soon",
                        "open complaints whose final response is due within seven days (or overdue)",
                        "complaints",
                        "status",
                        "status",
                        () -> Criteria.where("status")
                                .is("OPEN")
                                .and("finalResponseDue")
                                .lte(LocalDate.now(clock).plusDays(7))));
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT30S")
    void refresh() {
        figures.forEach(ReadModelCounts::refresh);
    }
}
