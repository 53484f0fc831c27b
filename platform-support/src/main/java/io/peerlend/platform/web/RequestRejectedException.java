package io.peerlend.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Input that passed bean validation but breaks a rule (an amount with too many decimals, an unknown market...).
 * Answered as 400 problem+json listing each field; nothing has changed when it is thrown.
 */
public class RequestRejectedException extends RuntimeException {

    private final List<FieldError> errors;

    public RequestRejectedException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public RequestRejectedException(List<FieldError> errors) {
        super(
                errors.isEmpty()
                        ? "request rejected"
                        : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    /** A request parameter that must be an ISO date; rejected with the field's name when it is not. */
    public static LocalDate isoDate(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RequestRejectedException(field, "must be a date such as 2027-01-31");
        }
    }

    public List<FieldError> errors() {
        return errors;
    }
}
