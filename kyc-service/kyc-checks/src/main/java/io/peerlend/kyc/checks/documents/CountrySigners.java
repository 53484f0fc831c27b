package io.peerlend.kyc.checks.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/**
 * The country signing certificates (CSCA) an ePassport's document signer must chain to, read from what the operator
 * configures: an ICAO master list as published in the ICAO PKD or by a state (a CMS SignedData whose content is
 * {@code CscaMasterList ::= SEQUENCE { version INTEGER, certList SET OF Certificate }}, Doc 9303 part 12, 9), or
 * certificates in PEM or DER. The list's own signature is the publisher's; whoever installs it checks where it came
 * from (docs/kyc.md).
 */
public final class CountrySigners {

    private CountrySigners() {}

    public static Set<X509Certificate> read(byte[] content) {
        try {
            return masterList(new CMSSignedData(content));
        } catch (CMSException | RuntimeException notAMasterList) {
            return certificates(content);
        }
    }

    private static Set<X509Certificate> masterList(CMSSignedData signed) {
        try {
            byte[] content = (byte[]) signed.getSignedContent().getContent();
            ASN1Sequence list = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(content));
            Set<X509Certificate> certificates = new LinkedHashSet<>();
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (ASN1Encodable certificate : ASN1Set.getInstance(list.getObjectAt(1))) {
                certificates.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(certificate.toASN1Primitive().getEncoded())));
            }
            return certificates;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("the master list's certificates cannot be read", e);
        }
    }

    private static Set<X509Certificate> certificates(byte[] content) {
        try {
            Set<X509Certificate> certificates = new LinkedHashSet<>();
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(content))) {
                certificates.add((X509Certificate) certificate);
            }
            return certificates;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("neither a master list nor certificates in PEM or DER", e);
        }
    }
}
