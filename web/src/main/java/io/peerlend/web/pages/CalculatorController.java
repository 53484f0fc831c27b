package io.peerlend.web.pages;

import io.peerlend.lending.api.http.LoanCalculation;
import io.peerlend.lending.api.http.LoanCalculationRequest;
import io.peerlend.web.services.Services;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The loan calculator, open to anyone: the lending service computes the schedule and APR exactly as for a real loan;
 * a bad input comes back with a message beside the field (from the service's problem answer), and nothing is stored.
 */
@Controller
class CalculatorController {

    /** What the visitor typed, kept as typed so a mistake is shown back to them. */
    static final class Form {
        private String principal = "5000.00";
        private String annualRate = "7.50";
        private String termMonths = "36";
        private String firstDueDate = LocalDate.now().plusMonths(1).toString();

        public String getPrincipal() {
            return principal;
        }

        public void setPrincipal(String principal) {
            this.principal = principal;
        }

        public String getAnnualRate() {
            return annualRate;
        }

        public void setAnnualRate(String annualRate) {
            this.annualRate = annualRate;
        }

        public String getTermMonths() {
            return termMonths;
        }

        public void setTermMonths(String termMonths) {
            this.termMonths = termMonths;
        }

        public String getFirstDueDate() {
            return firstDueDate;
        }

        public void setFirstDueDate(String firstDueDate) {
            this.firstDueDate = firstDueDate;
        }
    }

    private final Services services;
    private final Formats formats;

    CalculatorController(Services services, Formats formats) {
        this.services = services;
        this.formats = formats;
    }

    @GetMapping("/calculator")
    String form(Model model) {
        model.addAttribute("form", new Form());
        model.addAttribute("errors", Map.of());
        return "calculator";
    }

    /**
     * The page the service worker keeps for when the platform cannot be reached: the calculator computed in the
     * browser. It is fetched without the user's cookies and shows nothing personal (docs/web.md, "Phones and the
     * installable app").
     */
    @GetMapping("/offline")
    String offline(Model model) {
        Form form = new Form();
        model.addAttribute(
                "defaults",
                Map.of(
                        "principal", form.getPrincipal(),
                        "annualRate", form.getAnnualRate(),
                        "termMonths", form.getTermMonths(),
                        "firstDueDate", form.getFirstDueDate()));
        model.addAttribute("currency", formats.currency());
        model.addAttribute("fractionDigits", formats.fractionDigits());
        model.addAttribute("signedIn", false);
        return "offline";
    }

    @PostMapping("/calculator")
    String calculate(@ModelAttribute("form") Form form, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer term = null;
        LocalDate firstDue = null;
        try {
            term = Integer.valueOf(form.getTermMonths().trim());
        } catch (NumberFormatException e) {
            errors.put("termMonths", "calculator.error.term");
        }
        try {
            firstDue = LocalDate.parse(form.getFirstDueDate().trim());
        } catch (DateTimeParseException e) {
            errors.put("firstDueDate", "calculator.error.date");
        }
        model.addAttribute("errorCodes", errors);
        if (errors.isEmpty()) {
            try {
                LoanCalculation result = services.calculate(new LoanCalculationRequest(
                        form.getPrincipal().trim(), form.getAnnualRate().trim(), term, firstDue, List.of()));
                model.addAttribute("result", result);
            } catch (Services.Rejected rejected) {
                model.addAttribute("errors", Services.byField(rejected.errors()));
                return "calculator";
            }
        }
        model.addAttribute("errors", Map.of());
        return "calculator";
    }
}
