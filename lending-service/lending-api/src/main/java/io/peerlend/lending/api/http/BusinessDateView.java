package io.peerlend.lending.api.http;

import java.time.LocalDate;

/**
 * The platform's business date, and whether operations staff move it by hand here (development) or it follows the
 * calendar.
 */
public record BusinessDateView(LocalDate date, boolean manual) {}
