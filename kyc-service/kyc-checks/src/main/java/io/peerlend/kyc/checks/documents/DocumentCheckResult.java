package io.peerlend.kyc.checks.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking one identity document: valid only when there are no failures. {@code fields} holds what
 * the document says (parsed even when a check fails, so a reviewer can see what was read).
 */
public record DocumentCheckResult(boolean valid, List<String> failures, Map<String, String> fields) {

    public DocumentCheckResult {
        failures = List.copyOf(failures);
        fields = Map.copyOf(fields);
    }

    /** Two checks of one document (the printed zone and the chip): valid when both are, with the fields of both. */
    public static DocumentCheckResult both(DocumentCheckResult first, DocumentCheckResult second) {
        List<String> failures = new ArrayList<>(first.failures());
        failures.addAll(second.failures());
        Map<String, String> fields = new LinkedHashMap<>(first.fields());
        fields.putAll(second.fields());
        return of(failures, fields);
    }

    static DocumentCheckResult of(List<String> failures, Map<String, String> fields) {
        return new DocumentCheckResult(failures.isEmpty(), failures, fields);
    }
}
