package io.peerlend.lending.schedules.web;

import io.peerlend.lending.api.http.LoanCalculation;
import io.peerlend.lending.api.http.LoanCalculationRequest;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.product.LoanProductPolicy;
import io.peerlend.lending.schedules.domain.Fee;
import io.peerlend.lending.schedules.domain.RepaymentSchedule;
import io.peerlend.platform.web.FieldError;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The public loan calculator: no login, nothing stored; the same schedule code as every real loan. */
@RestController
class LoanCalculatorController {

    private final LoanProductPolicy product;

    LoanCalculatorController(LoanProductPolicy product) {
        this.product = product;
    }

    @Operation(summary = "Monthly payment, APR, totals and the full schedule of a loan (no login)")
    @PostMapping("/public/loan-calculator")
    LoanCalculation calculate(@Valid @RequestBody LoanCalculationRequest request) {
        String currency = product.currency();
        List<FieldError> errors = new ArrayList<>();
        long principal = minor("principal", request.principal(), errors);
        List<Fee> fees = new ArrayList<>();
        List<LoanCalculationRequest.FeeRequest> requested = request.fees() == null ? List.of() : request.fees();
        for (int i = 0; i < requested.size(); i++) {
            LoanCalculationRequest.FeeRequest f = requested.get(i);
            fees.add(new Fee(
                    f.name(),
                    minor("fees[" + i + "].amount", f.amount(), errors),
                    Fee.Charged.valueOf(f.charged().name())));
        }
        if (principal <= 0 && errors.isEmpty()) {
            errors.add(new FieldError("principal", "must be more than zero"));
        }
        long upfront = fees.stream()
                .filter(f -> f.charged() == Fee.Charged.AT_DISBURSEMENT)
                .mapToLong(Fee::amount)
                .sum();
        if (errors.isEmpty() && upfront >= principal) {
            errors.add(new FieldError("fees", "fees deducted at disbursement must be less than the principal"));
        }
        if (!errors.isEmpty()) {
            throw new RequestRejectedException(errors);
        }
        RepaymentSchedule s = RepaymentSchedule.of(
                principal, new BigDecimal(request.annualRate()), request.termMonths(), request.firstDueDate(), fees);
        return new LoanCalculation(
                currency,
                fmt(s.principal()),
                fmt(s.amountPaidOut()),
                fmt(s.monthlyPayment()),
                s.apr().toPlainString(),
                fmt(s.totalInterest()),
                fmt(s.totalFees()),
                fmt(s.totalRepayable()),
                s.instalments().stream()
                        .map(i -> new LoanCalculation.Installment(
                                i.number(),
                                i.dueDate(),
                                fmt(i.principal()),
                                fmt(i.interest()),
                                fmt(i.fees()),
                                fmt(i.total()),
                                fmt(i.balance())))
                        .toList());
    }

    private long minor(String field, String amount, List<FieldError> errors) {
        try {
            return Amounts.toMinor(amount, product.currency());
        } catch (ArithmeticException e) {
            errors.add(new FieldError(field, "has more decimals than " + product.currency() + " allows"));
            return 0;
        }
    }

    private String fmt(long minor) {
        return Amounts.format(minor, product.currency());
    }
}
