package io.peerlend.lending;

import static io.peerlend.platform.readside.ReadModelIndex.on;

import io.peerlend.platform.readside.ReadModelIndexes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The indexes lending's read-model queries need on a production MongoDB, one per query shape (docs/architecture.md,
 * "Read-model indexes"). Look-ups by document id need none; lists of one borrower's loans or one lender's parts go
 * through {@code KeyIndex} documents, also by id.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelIndexDeclarations {

    @Bean
    ReadModelIndexes lendingReadModelIndexes() {
        return ReadModelIndexes.of(
                // LoanReadModel: loans in a status (close of business, payouts waiting), and in arrears
                on("loans", "status", "bucket"),
                // LoanApplicationReadModel: applications in a status; one borrower's, newest first
                on("loan_applications", "status"),
                on("loan_applications", "borrowerId", "-submittedAt"),
                // OffersReadModel: the active offers
                on("offers", "status"),
                // ProvisionFundCoverage: the performing loans of a currency
                on("provision_cover_loans", "currency", "performing"),
                // CloseOfBusiness and its metrics: the days not done, and the newest done
                on("cob_runs", "status", "-finishedAt"));
    }
}
