package io.peerlend.web.pages;

import io.peerlend.web.services.Services;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * How the lender pages send a form: the call made, then back to the page (post, redirect, get) with either the form's
 * "done" or, on a refusal, each field's message beside its input — a field named with an index ({@code markets[0]})
 * beside the input of its list, a field the form has no input for beside the form itself (its own key) — and what was
 * typed, to fill the inputs again.
 */
final class FormSubmission {

    private FormSubmission() {}

    static String send(
            RedirectAttributes next, Map<String, String> typed, String form, Supplier<JsonNode> call, String page) {
        try {
            call.get();
            next.addFlashAttribute("done", form);
        } catch (Services.Rejected rejected) {
            Map<String, String> errors = new LinkedHashMap<>();
            rejected.errors().forEach(e -> {
                String field = e.field().replaceAll("\\[\\d+]", "");
                errors.merge(typed.containsKey(field) ? form + "-" + field : form, e.message(), (a, b) -> a + "; " + b);
            });
            if (errors.isEmpty()) {
                errors.put(form, rejected.getMessage());
            }
            next.addFlashAttribute("errors", errors);
            next.addFlashAttribute("typed", typed);
        }
        return "redirect:" + page;
    }
}
