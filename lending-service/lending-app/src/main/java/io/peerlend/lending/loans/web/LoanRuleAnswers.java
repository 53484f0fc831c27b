package io.peerlend.lending.loans.web;

import io.peerlend.lending.loans.domain.Loan;
import io.peerlend.lending.loans.domain.LoanRuleBroken;
import io.peerlend.platform.web.IdempotencyKeyReusedException;
import io.peerlend.platform.web.RequestRejectedException;
import io.peerlend.platform.web.StateConflictException;

/**
 * How a broken loan rule is answered: 400 naming the field when the request was wrong, 409 when the loan's state is,
 * 422 when an idempotency key was reused for a different request.
 */
final class LoanRuleAnswers {

    private LoanRuleAnswers() {
    }

    static RuntimeException answer(LoanRuleBroken e) {
        if (Loan.IDEMPOTENCY_KEY.equals(e.field())) {
            return new IdempotencyKeyReusedException(e.getMessage());
        }
        return e.field() != null ? new RequestRejectedException(e.field(), e.getMessage())
                : new StateConflictException(e.getMessage());
    }
}
