package io.peerlend.lending.loans.web;

import io.peerlend.lending.loans.domain.LoanRuleBroken;
import io.peerlend.platform.web.RequestRejectedException;
import io.peerlend.platform.web.StateConflictException;

/** How a broken loan rule is answered: 400 naming the field when the request was wrong, 409 when the loan's state is. */
final class LoanRuleAnswers {

    private LoanRuleAnswers() {
    }

    static RuntimeException answer(LoanRuleBroken e) {
        return e.field() != null ? new RequestRejectedException(e.field(), e.getMessage())
                : new StateConflictException(e.getMessage());
    }
}
