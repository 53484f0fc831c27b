package io.peerlend.kyc.api;

/**
 * Identity documents the platform reads: an ICAO 9303 machine-readable zone (passport, identity card), the Chinese
 * resident identity number, and the UK National Insurance number (which names no one, so it never proves identity
 * alone).
 */
public enum DocumentType {
    MRZ,
    CN_RESIDENT_ID,
    UK_NINO
}
