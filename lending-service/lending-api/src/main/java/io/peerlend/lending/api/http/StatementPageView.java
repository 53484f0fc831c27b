package io.peerlend.lending.api.http;

import java.util.List;

/**
 * One page of a lender's statement, oldest line first: lines {@code from} to {@code from + lines.size() - 1} of
 * {@code total}; {@code next} is where the following page starts, absent after the last line.
 */
public record StatementPageView(long from, long total, List<LenderAccountView.StatementLine> lines, Long next) {}
