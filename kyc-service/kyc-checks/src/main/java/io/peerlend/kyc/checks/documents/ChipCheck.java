package io.peerlend.kyc.checks.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.jmrtd.lds.SODFile;
import org.jmrtd.lds.icao.DG1File;

/**
 * Passive authentication of an ePassport's chip (ICAO Doc 9303 part 11, section 5.1), from the data groups and the
 * document security object a phone read over NFC: every data group sent hashes to the value the security object
 * holds for it; the security object's CMS signature verifies with the document signer's certificate it carries; that
 * certificate chains to a trusted country signing certificate (from the configured master list) and is valid now;
 * and the chip's DG1 is the machine-readable zone printed on the page. It proves the data was written by the issuing
 * state and not altered, not that the chip is the original (that is active or chip authentication, which needs the
 * phone to talk to the chip).
 */
public final class ChipCheck {

    /** What a phone reads: data groups by number (1 = the MRZ, 2 = the face) and the security object (EF.SOD). */
    public record ChipRead(Map<Integer, byte[]> dataGroups, byte[] securityObject) {}

    private ChipCheck() {}

    public static DocumentCheckResult check(
            ChipRead chip, List<String> printedLines, Set<X509Certificate> trusted, Instant now) {
        List<String> failures = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        SODFile sod;
        try {
            sod = new SODFile(new ByteArrayInputStream(chip.securityObject()));
        } catch (IOException | RuntimeException unreadable) {
            failures.add("the chip's security object cannot be read");
            return DocumentCheckResult.of(failures, fields);
        }
        fields.put("chipDigestAlgorithm", sod.getDigestAlgorithm());
        fields.put("chipDataGroups", new TreeSet<>(chip.dataGroups().keySet()).toString());
        hashes(chip.dataGroups(), sod, failures);
        X509Certificate signer = sod.getDocSigningCertificate();
        if (signer == null) {
            failures.add("the security object carries no document signer's certificate");
        } else {
            fields.put("documentSigner", signer.getSubjectX500Principal().getName());
            signature(chip.securityObject(), signer, failures);
            chain(signer, trusted, now, failures);
        }
        sameZone(chip.dataGroups().get(1), printedLines, failures);
        return DocumentCheckResult.of(failures, fields);
    }

    private static void hashes(Map<Integer, byte[]> dataGroups, SODFile sod, List<String> failures) {
        if (!dataGroups.containsKey(1)) {
            failures.add("the chip's DG1 (its machine-readable zone) is missing");
        }
        Map<Integer, byte[]> expected = sod.getDataGroupHashes();
        try {
            MessageDigest digest = MessageDigest.getInstance(sod.getDigestAlgorithm());
            for (Map.Entry<Integer, byte[]> group : dataGroups.entrySet()) {
                byte[] hash = expected.get(group.getKey());
                if (hash == null) {
                    failures.add("data group " + group.getKey() + " is not in the security object");
                } else if (!MessageDigest.isEqual(hash, digest.digest(group.getValue()))) {
                    failures.add("data group " + group.getKey() + " does not match its hash in the security object");
                }
            }
        } catch (GeneralSecurityException unknown) {
            failures.add("the security object's digest algorithm is not supported: " + sod.getDigestAlgorithm());
        }
    }

    /** The CMS signature over the signed attributes, whose message digest covers the security object's content. */
    private static void signature(byte[] securityObject, X509Certificate signer, List<String> failures) {
        try {
            // EF.SOD is the CMS ContentInfo inside an application tag (0x77)
            ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(ASN1Primitive.fromByteArray(securityObject));
            CMSSignedData signed = new CMSSignedData(ContentInfo.getInstance(tagged.getBaseObject()));
            boolean verified = !signed.getSignerInfos().getSigners().isEmpty();
            for (SignerInformation info : signed.getSignerInfos().getSigners()) {
                verified &= info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
            }
            if (!verified) {
                failures.add("the security object's signature does not verify with its document signer's certificate");
            }
        } catch (IOException | CMSException | OperatorCreationException | RuntimeException broken) {
            failures.add("the security object's signature does not verify with its document signer's certificate");
        }
    }

    private static void chain(
            X509Certificate signer, Set<X509Certificate> trusted, Instant now, List<String> failures) {
        if (trusted.isEmpty()) {
            failures.add("no country signing certificate is trusted (no master list is configured)");
            return;
        }
        try {
            PKIXParameters parameters = new PKIXParameters(trusted.stream()
                    .map(certificate -> new TrustAnchor(certificate, null))
                    .collect(Collectors.toSet()));
            // Doc 9303 publishes revocation as CRLs in the PKD, fetched by the operator with the master list
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(signer)), parameters);
        } catch (GeneralSecurityException untrusted) {
            failures.add("the document signer's certificate does not chain to a trusted country signing certificate"
                    + " valid now");
        }
    }

    private static void sameZone(byte[] dg1, List<String> printedLines, List<String> failures) {
        if (dg1 == null) {
            return;
        }
        try {
            String onChip = new DG1File(new ByteArrayInputStream(dg1))
                    .getMRZInfo()
                    .toString()
                    .replaceAll("\\s", "");
            String printed = String.join("", printedLines).replaceAll("\\s", "").toUpperCase(Locale.ROOT);
            if (!onChip.equals(printed)) {
                failures.add("the chip's machine-readable zone differs from the printed lines");
            }
        } catch (IOException | RuntimeException unreadable) {
            failures.add("the chip's DG1 cannot be read");
        }
    }
}
