package io.peerlend.lending;

import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Another instance changed the same aggregate first (e.g. a market cached here was stale): nothing was stored, so the
 * same request may simply be sent again. Ahead of the platform's catch-all, which would answer 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConcurrentChangeAdvice {

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Someone else changed this at "
                + "the same moment; nothing was changed by your request. Send it again (with the same Idempotency-Key).");
        problem.setType(io.peerlend.platform.web.ProblemDetailsAdvice.CONFLICT_TYPE);
        problem.setTitle("Concurrent change");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
