package io.peerlend.scoring.api;

import java.util.List;

/**
 * What the credit bureau contributed to a decision.
 *
 * @param status         {@code USED}, {@code NOT_FOUND} (no file: declared data only), {@code UNAVAILABLE} (the bureau
 *                       did not answer in time: declared data only) or {@code NOT_REQUESTED}
 * @param replacedFields the applicant fields whose declared value the bureau's data replaced
 */
public record BureauUse(String status, String bureau, List<String> replacedFields) {}
