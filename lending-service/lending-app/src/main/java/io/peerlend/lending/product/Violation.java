package io.peerlend.lending.product;

/** One broken rule, named by the input it concerns. */
public record Violation(String field, String message) {}
