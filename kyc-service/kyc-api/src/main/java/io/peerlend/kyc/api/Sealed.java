package io.peerlend.kyc.api;

/**
 * Personal data encrypted with one customer's data key (AES-256-GCM): {@code ciphertext} is base64 of nonce,
 * ciphertext and tag. Opaque to everyone but the KYC service; unreadable for good once the key is erased.
 */
public record Sealed(String customerId, String ciphertext) {}
