package io.peerlend.platform.axon;

import io.peerlend.platform.web.ProblemDetailsAdvice;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Another request changed the same thing at the same moment and won; this one's changes were refused whole (the
 * command gateway already tried again a few times, {@link ConflictRetryScheduler}). Nothing was stored, so the caller
 * may simply send it again: 409. Ahead of the platform's catch-all, which would answer 500; registered only in
 * services that run Axon.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConcurrentChangeAdvice {

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    public ResponseEntity<ProblemDetail> concurrent(Exception ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "Someone else changed this at "
                        + "the same moment; nothing was changed by your request. Send it again (with the same Idempotency-Key).");
        problem.setType(ProblemDetailsAdvice.CONFLICT_TYPE);
        problem.setTitle("Concurrent change");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
