package io.peerlend.kyc.checks.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerlend.kyc.checks.documents.ChipCheck.ChipRead;
import io.peerlend.kyc.checks.documents.ChipSpecimens.Authority;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Passive authentication against a country signing authority, document signers and chips generated here (Bouncy
 * Castle, JMRTD): the issuing state of Utopia and a forger's own "state".
 */
class ChipCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant YEAR_AGO = NOW.minus(Duration.ofDays(365));
    private static final Instant IN_FIVE_YEARS = NOW.plus(Duration.ofDays(5 * 365));
    private static final List<String> PRINTED = MrzCheckTest.TD3_SPECIMEN;
    private static final byte[] FACE = "a face, JPEG 2000 in a real chip".getBytes(StandardCharsets.UTF_8);

    private static final Authority UTOPIA = ChipSpecimens.countrySigner("UT", YEAR_AGO, IN_FIVE_YEARS);
    private static final Authority UTOPIA_SIGNER = ChipSpecimens.documentSigner(UTOPIA, "UT", YEAR_AGO, IN_FIVE_YEARS);
    private static final Set<X509Certificate> TRUSTED = Set.of(UTOPIA.certificate());

    @Test
    void givenAChipSignedUnderATrustedCountrySigner_whenChecked_thenEveryStepHolds() {
        ChipRead chip = ChipSpecimens.chip(UTOPIA_SIGNER, PRINTED, FACE);

        DocumentCheckResult result = ChipCheck.check(chip, PRINTED, TRUSTED, NOW);

        assertThat(result.failures()).isEmpty();
        assertThat(result.fields())
                .containsEntry("chipDigestAlgorithm", "SHA-256")
                .containsEntry("chipDataGroups", "[1, 2]")
                .containsEntry("documentSigner", "CN=Document Signer UT,C=UT");
    }

    @Test
    void givenAFaceSwappedAfterSigning_whenChecked_thenThatDataGroupFails() {
        ChipRead signed = ChipSpecimens.chip(UTOPIA_SIGNER, PRINTED, FACE);
        Map<Integer, byte[]> groups = new TreeMap<>(signed.dataGroups());
        groups.put(2, "someone else's face".getBytes(StandardCharsets.UTF_8));

        DocumentCheckResult result =
                ChipCheck.check(new ChipRead(groups, signed.securityObject()), PRINTED, TRUSTED, NOW);

        assertThat(result.failures()).containsExactly("data group 2 does not match its hash in the security object");
    }

    @Test
    void givenAChipSignedUnderAForgersOwnCountrySigner_whenChecked_thenTheChainFails() {
        Authority forger = ChipSpecimens.countrySigner("UT", YEAR_AGO, IN_FIVE_YEARS);
        ChipRead chip =
                ChipSpecimens.chip(ChipSpecimens.documentSigner(forger, "UT", YEAR_AGO, IN_FIVE_YEARS), PRINTED, FACE);

        DocumentCheckResult result = ChipCheck.check(chip, PRINTED, TRUSTED, NOW);

        assertThat(result.failures())
                .containsExactly("the document signer's certificate does not chain to a trusted country signing"
                        + " certificate valid now");
    }

    @Test
    void givenADocumentSignerThatExpired_whenChecked_thenTheChainFails() {
        Authority expired = ChipSpecimens.documentSigner(UTOPIA, "UT", YEAR_AGO, NOW.minus(Duration.ofDays(1)));

        DocumentCheckResult result = ChipCheck.check(ChipSpecimens.chip(expired, PRINTED, FACE), PRINTED, TRUSTED, NOW);

        assertThat(result.valid()).isFalse();
        assertThat(result.failures()).singleElement().asString().contains("does not chain");
    }

    @Test
    void givenPrintedLinesOfAnotherDocument_whenChecked_thenTheZonesDiffer() {
        ChipRead chip = ChipSpecimens.chip(UTOPIA_SIGNER, PRINTED, FACE);
        List<String> altered =
                List.of(PRINTED.get(0), MrzSpecimens.td3Line2("X12345678", "UTO", "740812", "F", "300101", ""));

        DocumentCheckResult result = ChipCheck.check(chip, altered, TRUSTED, NOW);

        assertThat(result.failures())
                .containsExactly("the chip's machine-readable zone differs from the printed lines");
    }

    @Test
    void givenASecurityObjectWhoseSignatureWasReplaced_whenChecked_thenTheSignatureFails() {
        // the forger signs the genuine hashes with their own key but keeps Utopia's signer certificate
        Authority impostor = new Authority(
                ChipSpecimens.documentSigner(UTOPIA, "UT", YEAR_AGO, IN_FIVE_YEARS)
                        .keys(),
                UTOPIA_SIGNER.certificate());

        DocumentCheckResult result =
                ChipCheck.check(ChipSpecimens.chip(impostor, PRINTED, FACE), PRINTED, TRUSTED, NOW);

        assertThat(result.failures())
                .containsExactly(
                        "the security object's signature does not verify with its document signer's" + " certificate");
    }

    @Test
    void givenNoDg1OrAGroupTheSecurityObjectDoesNotName_whenChecked_thenBothAreNamed() {
        ChipRead signed = ChipSpecimens.chip(UTOPIA_SIGNER, PRINTED, FACE);

        DocumentCheckResult result = ChipCheck.check(
                new ChipRead(Map.of(2, FACE, 3, new byte[] {1}), signed.securityObject()), PRINTED, TRUSTED, NOW);

        assertThat(result.failures())
                .containsExactlyInAnyOrder(
                        "the chip's DG1 (its machine-readable zone) is missing",
                        "data group 3 is not in the security object");
    }

    @Test
    void givenBytesThatAreNoSecurityObject_whenChecked_thenItCannotBeRead() {
        DocumentCheckResult result =
                ChipCheck.check(new ChipRead(Map.of(), new byte[] {0x77, 0x01, 0x00}), PRINTED, TRUSTED, NOW);

        assertThat(result.failures()).containsExactly("the chip's security object cannot be read");
    }

    @Test
    void givenNoTrustedCountrySigner_whenChecked_thenItSaysSo() {
        DocumentCheckResult result =
                ChipCheck.check(ChipSpecimens.chip(UTOPIA_SIGNER, PRINTED, FACE), PRINTED, Set.of(), NOW);

        assertThat(result.failures())
                .containsExactly("no country signing certificate is trusted (no master list is configured)");
    }

    @Test
    void givenAMasterListOrPemCertificates_whenRead_thenTheCountrySignersAreTrusted() throws Exception {
        Authority neighbour = ChipSpecimens.countrySigner("NB", YEAR_AGO, IN_FIVE_YEARS);
        byte[] masterList = ChipSpecimens.masterList(UTOPIA, List.of(UTOPIA.certificate(), neighbour.certificate()));
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(UTOPIA.certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n";

        assertThat(CountrySigners.read(masterList)).containsExactly(UTOPIA.certificate(), neighbour.certificate());
        assertThat(CountrySigners.read(pem.getBytes(StandardCharsets.US_ASCII))).containsExactly(UTOPIA.certificate());
        assertThatThrownBy(() -> CountrySigners.read("not a list".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
