package io.peerlend.disclosure;

import static io.peerlend.platform.readside.ReadModelIndex.on;

import io.peerlend.platform.readside.ReadModelIndexes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The indexes the disclosure service's read-model queries need on a production MongoDB (docs/architecture.md,
 * "Read-model indexes"). Look-ups by document id need none.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelIndexDeclarations {

    @Bean
    ReadModelIndexes disclosureReadModelIndexes() {
        return ReadModelIndexes.of(
                // ReportArchive: a series' reports by period (all of them, and the latest before a period)
                on("disclosure_reports", "series", "period"),
                // Supervision: the indicators' history by day (a range, and the latest); an indicator's open alert;
                // all alerts, newest first
                on("disclosure_indicators", "date"),
                on("disclosure_alerts", "indicator", "clearedOn"),
                on("disclosure_alerts", "-raisedOn"),
                // LoanBookErasure: an erased borrower's loans
                on("disclosure_loans", "fact.borrowerKey"),
                // MonthlyDataStore: a month's rows of one file in id order; one file's last rows
                on("disclosure_month_data", "file", "period", "_id"),
                on("disclosure_month_data_latest", "file"));
    }
}
