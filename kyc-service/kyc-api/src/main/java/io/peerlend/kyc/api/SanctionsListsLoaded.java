package io.peerlend.kyc.api;

import java.time.Instant;
import java.util.Map;

/** New sanctions list files were loaded (the version is a hash of their contents): every customer is re-screened. */
public record SanctionsListsLoaded(String listsVersion, Map<String, Integer> entriesByList, Instant loadedAt) {}
