package io.peerlend.kyc.api;

/** The master key now wrapping every customer's data key, and how many keys were re-wrapped with it. */
public record MasterKeyRotation(String activeMasterKey, int rewrapped) {}
