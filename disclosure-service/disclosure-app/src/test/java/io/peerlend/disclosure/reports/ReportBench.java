package io.peerlend.disclosure.reports;

import io.peerlend.disclosure.loanbook.domain.LoanFact;
import io.peerlend.disclosure.loanbook.domain.LoanStatus;
import io.peerlend.platform.testing.ServiceTests;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Report benchmark (not part of the suite; run as in docs/benchmarks.md): a loan book of {@code -Dbench.loans}
 * (1,000,000 by default) loans in the disclosure projection — three years of lending, 500,000 borrowers, 50,000 lenders,
 * loans repaid, running, late and defaulted — then the monthly operating report and the annual outcome statement
 * produced from it exactly as at a month's and a year's end (read, computed, serialised, hashed, signed, archived).
 */
@SpringBootTest
class ReportBench {

    private static final int LOANS = Integer.getInteger("bench.loans", 1_000_000);
    private static final int LENDERS = 50_000;
    private static final LocalDate START = LocalDate.parse("2040-01-01");
    private static final String[] GRADES = {"A*", "A", "B", "C", "D", "E"};

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "disclosure-report-bench");
    }

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PeriodicReports reports;

    @Autowired
    EventProcessingConfiguration processors;

    @Test
    void produceReportsOverAMillionLoans() {
        processors.eventProcessors().values().forEach(EventProcessor::shutDown);
        long t0 = System.nanoTime();
        load();
        System.out.printf("BENCH loaded %,d loans into the projection in %.1f s%n", LOANS, secs(t0));

        for (int run = 1; run <= 3; run++) {
            long t1 = System.nanoTime();
            reports.closeMonth(YearMonth.of(2042, run));
            double month = secs(t1);
            long t2 = System.nanoTime();
            reports.closeYear(2041 + run);
            double year = secs(t2);
            System.out.printf(
                    "BENCH run %d: monthly operating report %.1f s, annual outcome statement %.1f s "
                            + "(%,d loans; heap used %,d MB)%n",
                    run,
                    month,
                    year,
                    LOANS,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
    }

    /** The projection's documents, written as the loan book writes them (its converter), in bulk. */
    private void load() {
        mongo.dropCollection("disclosure_loans");
        mongo.dropCollection("disclosure_lenders");
        SplittableRandom random = new SplittableRandom(42);
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < LOANS; i++) {
            batch.add(row(i, random));
            if (batch.size() == 10_000) {
                mongo.getCollection("disclosure_loans").insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection("disclosure_loans").insertMany(batch);
        }
        List<Document> lenders = new ArrayList<>();
        for (int l = 0; l < LENDERS; l++) {
            List<String> months = new ArrayList<>();
            for (int m = random.nextInt(12); m < 36; m += 1 + random.nextInt(4)) {
                months.add(YearMonth.from(START).plusMonths(m).toString());
            }
            lenders.add(new Document("_id", "lender-" + l).append("months", months));
        }
        mongo.getCollection("disclosure_lenders").insertMany(lenders);
    }

    private Document row(int i, SplittableRandom random) {
        String grade = GRADES[random.nextInt(GRADES.length)];
        int term = new int[] {12, 24, 36, 60}[random.nextInt(4)];
        long principal = (1_000 + random.nextInt(24_000)) * 100L;
        LocalDate issued = START.plusDays(random.nextInt(3 * 365));
        int outcome = random.nextInt(100);
        LoanStatus status = outcome < 30 ? LoanStatus.REPAID : outcome < 95 ? LoanStatus.ACTIVE : LoanStatus.DEFAULTED;
        long outstanding = status == LoanStatus.REPAID ? 0 : principal * (20 + random.nextInt(80)) / 100;
        int late = status == LoanStatus.ACTIVE && outcome >= 85 ? 1 + random.nextInt(89) : 0;
        String bucket = late == 0 ? "CURRENT" : late <= 30 ? "1-30" : late <= 60 ? "31-60" : "61-90";
        LoanFact fact = new LoanFact(
                "loan-" + i,
                "borrower-" + random.nextInt(LOANS / 2),
                grade,
                new BigDecimal("0.0" + (1 + random.nextInt(9))),
                term,
                "GBP",
                principal,
                new BigDecimal(4 + random.nextInt(12) + ".50"),
                issued,
                status,
                outstanding,
                principal - outstanding,
                principal / 20,
                principal / 30,
                0,
                late > 0 ? principal / term : 0,
                late,
                bucket,
                status == LoanStatus.DEFAULTED ? issued.plusMonths(6) : null,
                status == LoanStatus.DEFAULTED ? outstanding / 2 : 0,
                0,
                status == LoanStatus.REPAID ? issued.plusMonths(term / 2) : null,
                20,
                "DEBT_CONSOLIDATION",
                "30,000-49,999",
                0);
        Document document = new Document();
        mongo.getConverter().write(new Row("loan-" + i, fact), document);
        document.remove("_class");
        return document;
    }

    /** The loan book's document shape: the fact under its loan id. */
    record Row(@Id String id, LoanFact fact) {}

    private static double secs(long from) {
        return (System.nanoTime() - from) / 1e9;
    }
}
