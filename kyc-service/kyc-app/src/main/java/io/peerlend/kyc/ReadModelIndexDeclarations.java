package io.peerlend.kyc;

import static io.peerlend.platform.readside.ReadModelIndex.on;

import io.peerlend.platform.readside.ReadModelIndexes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The indexes the KYC service's read-model queries need on a production MongoDB, one per query shape
 * (docs/architecture.md, "Read-model indexes"). Look-ups by document id need none.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelIndexDeclarations {

    @Bean
    ReadModelIndexes kycReadModelIndexes() {
        return ReadModelIndexes.of(
                // CustomerReadModel: the review queue (oldest first) and the re-screening walk; due for
                // re-verification by a day; past their retention period
                on("customers", "status", "updatedAt"),
                on("customers", "status", "reverifyBy"),
                on("customers", "retainUntil"),
                // AmlCaseReadModel: cases in a status, and all, oldest first; one customer's (their erasure)
                on("aml_cases", "status", "openedAt"),
                on("aml_cases", "openedAt"),
                on("aml_cases", "customerId"),
                // ComplaintReadModel: one customer's, newest first; by status and deadline (and the operations
                // figures); all by deadline
                on("complaints", "customerId", "-raisedAt"),
                on("complaints", "status", "finalResponseDue", "raisedAt"),
                on("complaints", "finalResponseDue", "raisedAt"),
                // AuditTrail: reads of personal data by actor, by customer, and all, newest first
                on("audit_trail", "actor", "-at"),
                on("audit_trail", "customerId", "-at"),
                on("audit_trail", "-at"),
                // StaffActionLog: one member of staff's actions, and all, newest first
                on("staff_actions", "staffId", "-at"),
                on("staff_actions", "-at"),
                // Rescreening: the open runs, oldest first (also the stall metric)
                on("rescreening_runs", "status", "announcedAt"));
    }
}
