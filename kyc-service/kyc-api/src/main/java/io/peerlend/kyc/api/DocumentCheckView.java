package io.peerlend.kyc.api;

import java.util.List;
import java.util.Map;

public record DocumentCheckView(boolean valid, List<String> failures, Map<String, String> fields) {}
