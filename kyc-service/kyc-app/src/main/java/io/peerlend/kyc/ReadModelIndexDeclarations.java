package io.peerlend.kyc;

import io.peerlend.platform.readside.ReadModelIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The indexes the KYC service's read-model queries need on a production MongoDB, one per query shape
 * (docs/architecture.md, "Read-model indexes"). Look-ups by document id need none.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelIndexDeclarations {

    /** CustomerReadModel: the review queue (oldest first) and the re-screening walk (status, then id order). */
    @Bean
    ReadModelIndex customersByStatus() {
        return ReadModelIndex.on("customers", "status", "updatedAt");
    }

    /** CustomerReadModel: verified customers due for re-verification by a day. */
    @Bean
    ReadModelIndex customersDueForReverification() {
        return ReadModelIndex.on("customers", "status", "reverifyBy");
    }

    /** CustomerReadModel: former customers whose retention period has ended. */
    @Bean
    ReadModelIndex customersPastRetention() {
        return ReadModelIndex.on("customers", "retainUntil");
    }

    /** AmlCaseReadModel: cases in a status, oldest first; all cases, oldest first. */
    @Bean
    ReadModelIndex amlCasesByStatus() {
        return ReadModelIndex.on("aml_cases", "status", "openedAt");
    }

    @Bean
    ReadModelIndex amlCasesByAge() {
        return ReadModelIndex.on("aml_cases", "openedAt");
    }

    /** AmlCaseReadModel: one customer's cases (their erasure). */
    @Bean
    ReadModelIndex amlCasesOfCustomer() {
        return ReadModelIndex.on("aml_cases", "customerId");
    }

    /** ComplaintReadModel: one customer's complaints, newest first. */
    @Bean
    ReadModelIndex complaintsOfCustomer() {
        return ReadModelIndex.on("complaints", "customerId", "-raisedAt");
    }

    /** ComplaintReadModel and the operations figures: complaints in a status by their deadline; all by deadline. */
    @Bean
    ReadModelIndex complaintsByStatus() {
        return ReadModelIndex.on("complaints", "status", "finalResponseDue", "raisedAt");
    }

    @Bean
    ReadModelIndex complaintsByDeadline() {
        return ReadModelIndex.on("complaints", "finalResponseDue", "raisedAt");
    }

    /** AuditTrail: reads of personal data by actor, by customer, and all, newest first. */
    @Bean
    ReadModelIndex auditTrailByActor() {
        return ReadModelIndex.on("audit_trail", "actor", "-at");
    }

    @Bean
    ReadModelIndex auditTrailByCustomer() {
        return ReadModelIndex.on("audit_trail", "customerId", "-at");
    }

    @Bean
    ReadModelIndex auditTrailByTime() {
        return ReadModelIndex.on("audit_trail", "-at");
    }

    /** StaffActionLog: one member of staff's actions, and all, newest first. */
    @Bean
    ReadModelIndex staffActionsByStaff() {
        return ReadModelIndex.on("staff_actions", "staffId", "-at");
    }

    @Bean
    ReadModelIndex staffActionsByTime() {
        return ReadModelIndex.on("staff_actions", "-at");
    }

    /** Rescreening: the open runs, oldest first. */
    @Bean
    ReadModelIndex rescreeningRunsByStatus() {
        return ReadModelIndex.on("rescreening_runs", "status", "announcedAt");
    }
}
