package io.peerlend.lending.api.http;

import io.peerlend.lending.api.InvestorCategory;

/** A lender's investor category and what they may commit in 12 months ("none" when there is no limit). */
public record InvestorCategoryView(InvestorCategory category, String limitIn12Months) {}
