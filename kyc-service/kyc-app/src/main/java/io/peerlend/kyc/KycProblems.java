package io.peerlend.kyc;

import io.peerlend.kyc.aml.domain.CaseRuleBroken;
import io.peerlend.kyc.complaints.domain.ComplaintRuleBroken;
import io.peerlend.kyc.customers.domain.CustomerRuleBroken;
import io.peerlend.platform.web.ProblemDetailsAdvice;
import io.peerlend.platform.web.StateConflictException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place a broken KYC rule becomes an answer (RFC 9457): a customer, AML case or complaint whose state does
 * not allow the step answers 409 with the rule's reason. Controllers throw; they do not translate.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class KycProblems {

    private final ProblemDetailsAdvice problems;

    KycProblems(ProblemDetailsAdvice problems) {
        this.problems = problems;
    }

    @ExceptionHandler({CustomerRuleBroken.class, CaseRuleBroken.class, ComplaintRuleBroken.class})
    ResponseEntity<ProblemDetail> ruleBroken(RuntimeException e) {
        return problems.conflict(new StateConflictException(e.getMessage()));
    }
}
