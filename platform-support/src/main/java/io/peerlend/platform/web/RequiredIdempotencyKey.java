package io.peerlend.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a money-moving operation's {@code Idempotency-Key} header: the published contract describes it as required,
 * with its form and what a retry does ({@code ApiDescription}). The controller still declares the header optional to
 * Spring and checks it with {@link IdempotencyKeys}, so a missing or malformed key gets the platform's own 400 problem
 * with a field error, not Spring's.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiredIdempotencyKey {}
