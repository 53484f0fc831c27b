package io.peerlend.disclosure.reports.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Tamper evidence for published reports, with the JDK's own SHA-256 and Ed25519 (RFC 8032, deterministic: the same
 * bytes always get the same signature, so a replay reproduces the signature too). A report's bytes contain the hash
 * of the report before it in its series; its hash and its signature are over exactly those bytes.
 */
public final class ReportSeal {

    /** What anyone can check about a report and its place in the chain. */
    public record Verdict(boolean hashMatches, boolean signatureValid, boolean chainIntact) {
        public boolean valid() {
            return hashMatches && signatureValid && chainIntact;
        }
    }

    /** A published report as it is served: its exact bytes, their hash, the signature (base64). */
    public record Sealed(String id, byte[] bytes, String sha256, String previousHash, String signature) {}

    private final PrivateKey signingKey;
    private final PublicKey publicKey;

    public ReportSeal(PrivateKey signingKey, PublicKey publicKey) {
        this.signingKey = signingKey;
        this.publicKey = publicKey;
    }

    /** From base64 PKCS#8 (private) and X.509 SubjectPublicKeyInfo (public) encodings, as `openssl` writes them. */
    public static ReportSeal ofEncoded(String privateKeyPkcs8, String publicKeyX509) {
        try {
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            return new ReportSeal(
                    keys.generatePrivate(
                            new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyPkcs8))),
                    keys.generatePublic(
                            new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyX509))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the disclosure signing key is not a valid Ed25519 key pair", e);
        }
    }

    public Sealed seal(String id, byte[] bytes, String previousHash) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(signingKey);
            ed25519.update(bytes);
            return new Sealed(
                    id,
                    bytes.clone(),
                    sha256(bytes),
                    previousHash,
                    Base64.getEncoder().encodeToString(ed25519.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign report " + id, e);
        }
    }

    /** The public key in PEM, for anyone to verify with standard tools. */
    public String publicKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(publicKey.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    /**
     * Checks one report: its bytes against its hash and signature, and the chain — its bytes must name the hash of
     * {@code previous} (or 64 zeros when it is the first).
     */
    public Verdict verify(Sealed report, Sealed previous) {
        boolean hash = sha256(report.bytes()).equals(report.sha256());
        boolean signature;
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(publicKey);
            ed25519.update(report.bytes());
            signature = ed25519.verify(Base64.getDecoder().decode(report.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            signature = false;
        }
        String expectedPrevious = previous == null ? OperatingFigures.NO_PREVIOUS : previous.sha256();
        String named = "\"previousHash\":\"" + expectedPrevious + "\"";
        boolean chain = new String(report.bytes(), StandardCharsets.UTF_8).contains(named)
                && (previous == null || sha256(previous.bytes()).equals(previous.sha256()));
        return new Verdict(hash, signature, chain);
    }

    /** Every report of a series in order: each must verify against the one before it. */
    public boolean verifyChain(List<Sealed> series) {
        Sealed previous = null;
        for (Sealed report : series) {
            if (!verify(report, previous).valid()) {
                return false;
            }
            previous = report;
        }
        return true;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
