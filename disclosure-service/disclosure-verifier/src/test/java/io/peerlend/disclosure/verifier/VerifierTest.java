package io.peerlend.disclosure.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier on files laid out by hand, signed with a key of the test's own: two months of one loan's data and the
 * reports they make, checked item by item; a report out of its chain, an unsigned one, and a month missing are caught.
 */
class VerifierTest {

    private static final String LOANS_HEADER = "id,issue_month,grade,term_months,interest_rate,amount,currency,pd,"
            + "status,outstanding_principal,principal_repaid,interest_paid,interest_remaining,late_fees_paid,"
            + "days_past_due,arrears,default_month,covered_by_provision_fund,reimbursed_to_provision_fund,"
            + "recoveries,closed_month\r\n";
    /** One loan of 1,000.00 paid out in January 2030, being repaid, nothing paid yet. */
    private static final String PAID_OUT_IN_JANUARY =
            "a1,2030-01,B,12,7.50,1000.00,GBP,0.06,ACTIVE,1000.00,0.00,0.00,40.00,0.00,0,CURRENT,,0.00,0.00,0.00,\r\n";

    private static final String LISTINGS_HEADER = "id,loan,listed_on,withdrawn_on,sold_on,principal,premium,price\r\n";

    @TempDir
    Path dir;

    private KeyPair key;
    private final Map<String, String> last = new HashMap<>();

    @BeforeEach
    void keyOfItsOwn() throws Exception {
        key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.writeString(
                dir.resolve("key.pem"),
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder().encodeToString(key.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
    }

    @Test
    void givenTwoMonthsOfOneLoan_whenVerified_thenEveryLoanFigureIsConfirmedAndTheRestSaysWhyNot() throws Exception {
        // given a loan of 1,000.00 paid out in January, 100.00 repaid in February, in arrears 10 days at its end
        publishMonth("2030-01", PAID_OUT_IN_JANUARY, 1000_00, 1000_00, 0);
        publishMonth(
                "2030-02",
                "a1,2030-01,B,12,7.50,1000.00,GBP,0.06,ACTIVE,900.00,100.00,6.00,34.00,0.00,10,1-30,,"
                        + "0.00,0.00,0.00,\r\n",
                1000_00,
                900_00,
                1);

        // when verified
        Findings findings = Verifier.verify(dir);

        // then nothing differs; February's figures are recomputed from the loan's last row
        assertThat(findings.allAgree()).as(lines(findings)).isTrue();
        assertThat(find(findings, "monthly-operating", "2030-02", "outstanding.amount")
                        .verdict())
                .isEqualTo(Finding.Verdict.CONFIRMED);
        assertThat(find(findings, "monthly-operating", "2030-02", "overdue.count")
                        .recomputed())
                .isEqualTo("1");
        assertThat(find(findings, "monthly-operating", "2030-02", "lenders.cumulative")
                        .verdict())
                .isEqualTo(Finding.Verdict.NOT_CHECKED);
    }

    @Test
    void givenAFigureThatTheDataDoNotGive_whenVerified_thenItDiffers() throws Exception {
        publishMonth("2030-01", PAID_OUT_IN_JANUARY, 1000_00, 999_00, 0);

        Findings findings = Verifier.verify(dir);

        assertThat(findings.allAgree()).isFalse();
        Finding outstanding = find(findings, "monthly-operating", "2030-01", "outstanding.amount");
        assertThat(outstanding.verdict()).isEqualTo(Finding.Verdict.DIFFERS);
        assertThat(outstanding.published()).isEqualTo("999.00");
        assertThat(outstanding.recomputed()).isEqualTo("1000.00");
    }

    @Test
    void givenAReportUnsignedOrOutOfItsChain_whenVerified_thenItsSealDiffers() throws Exception {
        publishMonth("2030-01", PAID_OUT_IN_JANUARY, 1000_00, 1000_00, 0);
        // February's data manifest names another report as the one before it (signed all the same)
        last.put("monthly-loan-data", "f".repeat(64));
        publishMonth("2030-02", "", 1000_00, 1000_00, 0);
        // and the February report's signature is lost
        Files.delete(dir.resolve("reports/monthly-operating/2030-02.sig"));

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = VerifyDisclosure.run(dir.toString(), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("DIFFERS\tmonthly-operating\t2030-02\tseal")
                .contains("CONFIRMED\tmonthly-operating\t2030-01\tseal")
                .contains("DIFFERS\tmonthly-loan-data\t2030-02\tseal\t")
                .contains("chain BROKEN");
    }

    @Test
    void givenAMonthOfDataMissing_whenVerified_thenNoLaterMonthIsVouchedFor() throws Exception {
        publishMonth("2030-01", PAID_OUT_IN_JANUARY, 1000_00, 1000_00, 0);
        publishMonth("2030-02", "", 1000_00, 1000_00, 0);
        Files.delete(dir.resolve("data/2030-01/loans.csv"));

        Findings findings = Verifier.verify(dir);

        assertThat(find(findings, "monthly-loan-data", "2030-01", "loans.sha256")
                        .verdict())
                .isEqualTo(Finding.Verdict.DIFFERS);
        assertThat(find(findings, "monthly-operating", "2030-02", "*").verdict())
                .isEqualTo(Finding.Verdict.NOT_CHECKED);
    }

    /**
     * One month published as the platform does: its loan data (the rows given, no listings) under a signed, chained
     * manifest, and an operating report with the figures given (one loan issued, outstanding, overdue).
     */
    private void publishMonth(String month, String loanRows, long issued, long outstanding, int overdue)
            throws Exception {
        byte[] loans = (LOANS_HEADER + loanRows).getBytes(StandardCharsets.UTF_8);
        byte[] listings = LISTINGS_HEADER.getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("data/" + month));
        Files.write(dir.resolve("data/" + month + "/loans.csv"), loans);
        Files.write(dir.resolve("data/" + month + "/listings.csv"), listings);
        long rows = loanRows.isEmpty() ? 0 : 1;
        seal(
                "monthly-loan-data",
                month,
                "{\"series\":\"monthly-loan-data\",\"period\":\"" + month
                        + "\",\"currency\":\"GBP\",\"previousHash\":\"%s\","
                        + "\"loans\":{\"rows\":" + rows + ",\"sha256\":\"" + Published.sha256(loans) + "\"},"
                        + "\"listings\":{\"rows\":0,\"sha256\":\"" + Published.sha256(listings) + "\"}}");
        String money = String.format("%d.%02d", outstanding / 100, outstanding % 100);
        String share = overdue == 0 ? "0.0000" : "1.0000";
        seal(
                "monthly-operating",
                month,
                "{\"series\":\"monthly-operating\",\"period\":\"" + month
                        + "\",\"currency\":\"GBP\",\"previousHash\":\"%s\","
                        + "\"cumulativeLending\":{\"count\":1,\"amount\":\""
                        + String.format("%d.%02d", issued / 100, issued % 100)
                        + "\"},\"outstanding\":{\"count\":1,\"amount\":\"" + money + "\"},"
                        + "\"outstandingInterest\":\"" + (overdue == 0 ? "40.00" : "34.00") + "\","
                        + "\"overdue\":{\"count\":" + overdue + ",\"amount\":\"" + (overdue == 0 ? "0.00" : money)
                        + "\"},"
                        + "\"overdueOver90Days\":{\"count\":0,\"amount\":\"0.00\"},"
                        + "\"repaidOnBorrowersBehalf\":{\"count\":0,\"amount\":\"0.00\"},"
                        + "\"overdueRate\":{\"byCount\":\"" + share + "\",\"byAmount\":\"" + share + "\"},"
                        + "\"lenders\":{\"cumulative\":1,\"thisMonth\":1}}");
    }

    /** Writes a report's bytes, naming the hash of the one before it in its series, and its signature. */
    private void seal(String series, String period, String template) throws Exception {
        String previous = last.getOrDefault(series, Published.NO_PREVIOUS);
        byte[] bytes = String.format(template, previous).getBytes(StandardCharsets.UTF_8);
        Path folder = Files.createDirectories(dir.resolve("reports/" + series));
        Files.write(folder.resolve(period + ".json"), bytes);
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(key.getPrivate());
        ed25519.update(bytes);
        Files.writeString(folder.resolve(period + ".sig"), Base64.getEncoder().encodeToString(ed25519.sign()));
        last.put(series, Published.sha256(bytes));
    }

    private static Finding find(Findings findings, String series, String period, String item) {
        return findings.all().stream()
                .filter(f -> f.series().equals(series)
                        && f.period().equals(period)
                        && f.item().equals(item))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + series + " " + period + " " + item));
    }

    private static String lines(Findings findings) {
        return String.join("\n", findings.all().stream().map(Finding::line).toList());
    }
}
