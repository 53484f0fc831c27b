package io.peerlend.lending;

import io.peerlend.lending.product.RuleBroken;
import io.peerlend.platform.web.FieldError;
import io.peerlend.platform.web.IdempotencyKeyReusedException;
import io.peerlend.platform.web.ProblemDetailsAdvice;
import io.peerlend.platform.web.StateConflictException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place a broken rule of the product becomes an answer (RFC 9457): every feature's rule-violation type
 * extends {@link RuleBroken}, and its kind decides 400 (naming each field), 409 (the state) or 422 (a reused
 * idempotency key). Controllers throw; they do not translate.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LendingProblems {

    private final ProblemDetailsAdvice problems;

    LendingProblems(ProblemDetailsAdvice problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RuleBroken.class)
    ResponseEntity<ProblemDetail> ruleBroken(RuleBroken e) {
        return switch (e.kind()) {
            case INVALID_REQUEST ->
                ResponseEntity.badRequest()
                        .body(ProblemDetailsAdvice.validationProblem(e.violations().stream()
                                .map(v -> new FieldError(v.field(), v.message()))
                                .toList()));
            case KEY_REUSED -> problems.keyReused(new IdempotencyKeyReusedException(e.getMessage()));
            case STATE_CONFLICT ->
                problems.conflict(new StateConflictException(
                        e.violations().isEmpty()
                                ? e.getMessage()
                                : e.violations().get(0).message()));
        };
    }
}
