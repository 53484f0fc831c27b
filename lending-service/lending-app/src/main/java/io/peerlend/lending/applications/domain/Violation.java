package io.peerlend.lending.applications.domain;

/** One broken rule, named by the input it concerns. */
public record Violation(String field, String message) {
}
