package io.peerlend.disclosure.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tamper evidence: a report's hash, its Ed25519 signature and its place in the chain. */
class ReportSealTest {

    private ReportSeal seal;

    @BeforeEach
    void setUp() throws Exception {
        var keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        seal = new ReportSeal(keys.getPrivate(), keys.getPublic());
    }

    private static byte[] report(String period, String previousHash) {
        return ("{\"series\":\"monthly-operating\",\"period\":\"" + period + "\",\"previousHash\":\"" + previousHash
                        + "\",\"outstanding\":{\"count\":2,\"amount\":\"1500.00\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void givenAChainOfTwoReports_whenVerified_thenBothAreValidAndSigningIsDeterministic() {
        ReportSeal.Sealed first =
                seal.seal("m:2027-01", report("2027-01", OperatingFigures.NO_PREVIOUS), OperatingFigures.NO_PREVIOUS);
        ReportSeal.Sealed second = seal.seal("m:2027-02", report("2027-02", first.sha256()), first.sha256());

        assertThat(seal.verify(first, null).valid()).isTrue();
        assertThat(seal.verify(second, first).valid()).isTrue();
        assertThat(seal.verifyChain(List.of(first, second))).isTrue();
        // Ed25519 is deterministic: a replay that computes the same bytes publishes the same signature
        assertThat(seal.seal("m:2027-01", first.bytes(), first.previousHash()).signature())
                .isEqualTo(first.signature());
    }

    @Test
    void givenOneChangedByte_whenVerified_thenTheHashAndTheSignatureFail() {
        ReportSeal.Sealed report =
                seal.seal("m:2027-01", report("2027-01", OperatingFigures.NO_PREVIOUS), OperatingFigures.NO_PREVIOUS);
        byte[] bytes = report.bytes();
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("1500.00");
        bytes[at] = '9'; // 9500.00
        ReportSeal.Sealed tampered =
                new ReportSeal.Sealed(report.id(), bytes, report.sha256(), report.previousHash(), report.signature());

        ReportSeal.Verdict verdict = seal.verify(tampered, null);
        assertThat(verdict.hashMatches()).isFalse();
        assertThat(verdict.signatureValid()).isFalse();
        assertThat(verdict.valid()).isFalse();
    }

    @Test
    void givenAReportThatDoesNotNameItsPredecessor_whenTheChainIsVerified_thenItIsBroken() {
        ReportSeal.Sealed first =
                seal.seal("m:2027-01", report("2027-01", OperatingFigures.NO_PREVIOUS), OperatingFigures.NO_PREVIOUS);
        ReportSeal.Sealed other = seal.seal("m:2027-01", report("2027-01", "1".repeat(64)), "1".repeat(64));
        // a second report, properly signed, but chained to a report that is not the published first one
        ReportSeal.Sealed second = seal.seal("m:2027-02", report("2027-02", other.sha256()), other.sha256());

        ReportSeal.Verdict verdict = seal.verify(second, first);
        assertThat(verdict.hashMatches()).isTrue();
        assertThat(verdict.signatureValid()).isTrue();
        assertThat(verdict.chainIntact()).isFalse();
        assertThat(seal.verifyChain(List.of(first, second))).isFalse();
        // and a report removed from the middle breaks the chain too
        ReportSeal.Sealed third = seal.seal("m:2027-03", report("2027-03", second.sha256()), second.sha256());
        assertThat(seal.verifyChain(List.of(first, third))).isFalse();
    }

    @Test
    void givenAnotherKeysSignature_whenVerified_thenTheSignatureFails() throws Exception {
        var other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        ReportSeal forger = new ReportSeal(other.getPrivate(), other.getPublic());
        ReportSeal.Sealed forged =
                forger.seal("m:2027-01", report("2027-01", OperatingFigures.NO_PREVIOUS), OperatingFigures.NO_PREVIOUS);
        assertThat(seal.verify(forged, null).signatureValid()).isFalse();
    }
}
