package io.peerlend.lending;

import io.peerlend.platform.readside.ReadModelIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The indexes lending's read-model queries need on a production MongoDB, one per query shape (docs/architecture.md,
 * "Read-model indexes"). Look-ups by document id need none; lists of one borrower's loans or one lender's parts go
 * through {@code KeyIndex} documents, also by id.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelIndexDeclarations {

    /** LoanReadModel: loans in a status (close of business, payouts waiting) and in arrears (status, then bucket). */
    @Bean
    ReadModelIndex loansByStatusAndBucket() {
        return ReadModelIndex.on("loans", "status", "bucket");
    }

    /** LoanApplicationReadModel: applications in a status (quotes expiring, the operations figures). */
    @Bean
    ReadModelIndex applicationsByStatus() {
        return ReadModelIndex.on("loan_applications", "status");
    }

    /** LoanApplicationReadModel: one borrower's applications, newest first. */
    @Bean
    ReadModelIndex applicationsOfBorrower() {
        return ReadModelIndex.on("loan_applications", "borrowerId", "-submittedAt");
    }

    /** OffersReadModel: the active offers. */
    @Bean
    ReadModelIndex offersByStatus() {
        return ReadModelIndex.on("offers", "status");
    }

    /** ProvisionFundCoverage: the performing loans of a currency. */
    @Bean
    ReadModelIndex provisionCoverByCurrency() {
        return ReadModelIndex.on("provision_cover_loans", "currency", "performing");
    }

    /** CloseOfBusiness and its metrics: the days not done, and the newest done. */
    @Bean
    ReadModelIndex closeOfBusinessRunsByStatus() {
        return ReadModelIndex.on("cob_runs", "status", "-finishedAt");
    }
}
