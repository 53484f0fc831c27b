package io.peerlend.disclosure.loanbook.web;

import io.peerlend.disclosure.loanbook.AsOfRebuilds;
import io.peerlend.disclosure.loanbook.RebuildPending;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Where a rebuild of the loan book as of a past date stands (regulator, ops): a question about a past date that is not
 * answered within a few seconds is answered 202 Accepted with this, and asked again later.
 */
@RestController
@RestControllerAdvice
class RebuildsController {

    static final String PATH = "/api/disclosure/rebuilds/";

    /** A rebuild as the caller sees it; {@code status} PENDING, RUNNING or DONE. */
    record RebuildView(
            String asOf, String status, long eventsRead, Instant requestedAt, Instant startedAt, Instant finishedAt) {

        static RebuildView of(AsOfRebuilds.Job job) {
            return new RebuildView(
                    job.id(),
                    job.status().name(),
                    job.eventsRead(),
                    job.requestedAt(),
                    job.startedAt(),
                    job.finishedAt());
        }
    }

    private final AsOfRebuilds rebuilds;

    RebuildsController(AsOfRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Bean
    static EndpointRules rebuildEndpoints() {
        return rules -> rules.requestMatchers(HttpMethod.GET, PATH + "*")
                .hasAnyRole(Roles.REGULATOR, Roles.OPS, Roles.OPS_SUPERVISOR);
    }

    @Operation(summary = "Where the rebuild of the loan book as of a past business date stands (regulator, ops)")
    @GetMapping(PATH + "{asOf}")
    RebuildView rebuild(@PathVariable String asOf) {
        LocalDate date = RequestRejectedException.isoDate("asOf", asOf);
        return rebuilds.job(date)
                .map(RebuildView::of)
                .orElseThrow(() -> new NoSuchElementException("no rebuild as of " + date + " was asked for"));
    }

    /** Not ready within the wait: 202, where it stands, where to look, and when to ask again. */
    @ExceptionHandler(RebuildPending.class)
    ResponseEntity<RebuildView> pending(RebuildPending pending) {
        AsOfRebuilds.Job job = pending.job();
        ResponseEntity.BodyBuilder accepted =
                ResponseEntity.status(HttpStatus.ACCEPTED).header(HttpHeaders.RETRY_AFTER, "5");
        if (job == null) {
            return accepted.build();
        }
        return accepted.header(HttpHeaders.LOCATION, PATH + job.id()).body(RebuildView.of(job));
    }
}
