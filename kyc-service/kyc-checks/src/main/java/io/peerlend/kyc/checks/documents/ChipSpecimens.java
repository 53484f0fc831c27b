package io.peerlend.kyc.checks.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jmrtd.lds.SODFile;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.MRZInfo;

/**
 * Writes what an issuing state writes: a country signing authority, document signers under it, chips (DG1 from
 * printed lines, a face group, the signed security object) and master lists. For the tests of everything that reads
 * chips, and for the sandbox country signer a development platform trusts; never for real documents.
 */
public final class ChipSpecimens {

    private static final String SIGNATURE = "SHA256withRSA";
    /** The OID ICAO gives the master list's content type (Doc 9303 part 12: id-icao-cscaMasterList). */
    private static final ASN1ObjectIdentifier MASTER_LIST = new ASN1ObjectIdentifier("2.23.136.1.1.2");

    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    /** A key pair and the certificate that names it. */
    public record Authority(KeyPair keys, X509Certificate certificate) {}

    private ChipSpecimens() {}

    public static Authority countrySigner(String country, Instant from, Instant until) {
        KeyPair keys = keys();
        X500Name name = new X500Name("C=" + country + ",CN=CSCA " + country);
        return new Authority(keys, certificate(name, keys, name, keys, from, until, true));
    }

    public static Authority documentSigner(Authority countrySigner, String country, Instant from, Instant until) {
        KeyPair keys = keys();
        X500Name issuer = X500Name.getInstance(
                countrySigner.certificate().getSubjectX500Principal().getEncoded());
        return new Authority(
                keys,
                certificate(
                        new X500Name("C=" + country + ",CN=Document Signer " + country),
                        keys,
                        issuer,
                        countrySigner.keys(),
                        from,
                        until,
                        false));
    }

    /** A chip holding the printed lines as DG1 and {@code face} as DG2, signed by the document signer. */
    public static ChipCheck.ChipRead chip(Authority documentSigner, List<String> printedLines, byte[] face) {
        try {
            byte[] dg1 = new DG1File(new MRZInfo(String.join("\n", printedLines))).getEncoded();
            Map<Integer, byte[]> groups = new TreeMap<>(Map.of(1, dg1, 2, face));
            Map<Integer, byte[]> hashes = new TreeMap<>();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            groups.forEach((number, content) -> hashes.put(number, digest.digest(content)));
            SODFile sod = new SODFile(
                    "SHA-256", SIGNATURE, hashes, documentSigner.keys().getPrivate(), documentSigner.certificate());
            return new ChipCheck.ChipRead(groups, sod.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A master list of the given country signers, signed by {@code signer}. */
    public static byte[] masterList(Authority signer, Collection<X509Certificate> countrySigners) {
        try {
            ASN1EncodableVector certificates = new ASN1EncodableVector();
            for (X509Certificate certificate : countrySigners) {
                certificates.add(new X509CertificateHolder(certificate.getEncoded()).toASN1Structure());
            }
            ASN1EncodableVector list = new ASN1EncodableVector();
            list.add(new ASN1Integer(0));
            list.add(new DERSet(certificates));
            byte[] content = new DERSequence(list).getEncoded();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .build(signer(signer.keys()), signer.certificate()));
            return generator
                    .generate(new CMSProcessableByteArray(MASTER_LIST, content), true)
                    .getEncoded();
        } catch (IOException | GeneralSecurityException | CMSException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(
            X500Name subject,
            KeyPair subjectKeys,
            X500Name issuer,
            KeyPair issuerKeys,
            Instant from,
            Instant until,
            boolean authority) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuer,
                    BigInteger.valueOf(SERIALS.incrementAndGet()),
                    Date.from(from),
                    Date.from(until),
                    subject,
                    subjectKeys.getPublic());
            if (authority) {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            }
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer(issuerKeys)));
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ContentSigner signer(KeyPair keys) throws OperatorCreationException {
        return new JcaContentSignerBuilder(SIGNATURE).build(keys.getPrivate());
    }
}
