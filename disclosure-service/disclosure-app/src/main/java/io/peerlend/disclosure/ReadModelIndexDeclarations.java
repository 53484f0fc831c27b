package io.peerlend.disclosure;

import io.peerlend.platform.readside.ReadModelIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The indexes the disclosure service's read-model queries need on a production MongoDB (docs/architecture.md,
 * "Read-model indexes"). Look-ups by document id need none.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelIndexDeclarations {

    /** ReportArchive: a series' reports by period (all of them, and the latest before a period). */
    @Bean
    ReadModelIndex reportsBySeries() {
        return ReadModelIndex.on("disclosure_reports", "series", "period");
    }

    /** Supervision: the indicators' history by day (a range, and the latest). */
    @Bean
    ReadModelIndex indicatorsByDay() {
        return ReadModelIndex.on("disclosure_indicators", "date");
    }

    /** Supervision: an indicator's open alert; all alerts, newest first. */
    @Bean
    ReadModelIndex alertsByIndicator() {
        return ReadModelIndex.on("disclosure_alerts", "indicator", "clearedOn");
    }

    @Bean
    ReadModelIndex alertsByDay() {
        return ReadModelIndex.on("disclosure_alerts", "-raisedOn");
    }

    /** LoanBookErasure: an erased borrower's loans. */
    @Bean
    ReadModelIndex loansOfBorrower() {
        return ReadModelIndex.on("disclosure_loans", "fact.borrowerKey");
    }
}
