package io.peerlend.platform.web;

/** One field-level message in a problem+json body: which input was wrong and why. */
public record FieldError(String field, String message) {}
