package io.peerlend.disclosure.page;

import io.peerlend.disclosure.page.domain.DisclosureCharts;
import io.peerlend.disclosure.reports.CurrentComplaints;
import io.peerlend.disclosure.reports.CurrentOutcomes;
import io.peerlend.disclosure.reports.ReportArchive;
import io.peerlend.disclosure.reports.domain.ComplaintsReport;
import io.peerlend.disclosure.reports.domain.MonthlyData;
import io.peerlend.disclosure.reports.domain.OperatingReport;
import io.peerlend.disclosure.reports.domain.OutcomeStatement;
import io.peerlend.disclosure.reports.domain.ReportSeal;
import io.peerlend.platform.security.EndpointRules;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public disclosure page (no login): the latest monthly report, charts of the last twelve, the outcome statement
 * (the latest published, else the year so far), and every report with its signature and verification. Rendered on the
 * server; the charts are inline SVG with a table of the same figures beside each.
 */
@Controller
class DisclosurePage {

    static final String PATH = "/public/disclosure";

    /** A published report and where to get it. */
    record ReportLink(String period, String json, String csv, String signature, String verification) {}

    /** A month's loan data: its signed manifest and the two files it anchors. */
    record DataLink(
            String period, String manifest, String loans, String listings, String signature, String verification) {}

    private final ReportArchive archive;
    private final CurrentOutcomes outcomes;
    private final CurrentComplaints currentComplaints;
    private final String currency;
    private final JsonMapper json = JsonMapper.builder().build();

    DisclosurePage(
            ReportArchive archive,
            CurrentOutcomes outcomes,
            CurrentComplaints currentComplaints,
            @Value("${peerlend.disclosure.currency}") String currency) {
        this.archive = archive;
        this.outcomes = outcomes;
        this.currentComplaints = currentComplaints;
        this.currency = currency;
    }

    @Bean
    static EndpointRules disclosurePageEndpoints() {
        return rules -> rules.requestMatchers(HttpMethod.GET, PATH, PATH + "/", PATH + "/page.css")
                .permitAll();
    }

    @GetMapping({PATH, PATH + "/"})
    String page(Model model) {
        List<ReportSeal.Sealed> monthly = archive.series(OperatingReport.SERIES);
        List<OperatingReport> reports = monthly.stream()
                .map(r -> json.readValue(r.bytes(), OperatingReport.class))
                .toList();
        List<ReportSeal.Sealed> annual = archive.series(OutcomeStatement.SERIES);
        OutcomeStatement statement = annual.isEmpty()
                ? outcomes.yearToDate()
                : json.readValue(annual.get(annual.size() - 1).bytes(), OutcomeStatement.class);
        model.addAttribute("currency", currency);
        model.addAttribute("latest", reports.isEmpty() ? null : reports.get(reports.size() - 1));
        model.addAttribute(
                "charts",
                List.of(DisclosureCharts.lendingByMonth(reports, currency), DisclosureCharts.overdueByMonth(reports)));
        model.addAttribute("statement", statement);
        model.addAttribute("statementPublished", !annual.isEmpty());
        model.addAttribute("monthly", links(OperatingReport.SERIES, monthly));
        model.addAttribute("annual", links(OutcomeStatement.SERIES, annual));
        List<ReportSeal.Sealed> halfYears = archive.series(ComplaintsReport.SERIES);
        model.addAttribute(
                "complaints",
                halfYears.isEmpty()
                        ? currentComplaints.current()
                        : json.readValue(halfYears.get(halfYears.size() - 1).bytes(), ComplaintsReport.class));
        model.addAttribute("complaintsPublished", !halfYears.isEmpty());
        model.addAttribute("complaintReports", links(ComplaintsReport.SERIES, halfYears));
        model.addAttribute(
                "monthlyData",
                links(MonthlyData.SERIES, archive.series(MonthlyData.SERIES)).stream()
                        .map(r -> new DataLink(
                                r.period(),
                                r.json(),
                                MonthlyData.path(r.period(), MonthlyData.LOANS),
                                MonthlyData.path(r.period(), MonthlyData.LISTINGS),
                                r.signature(),
                                r.verification()))
                        .toList());
        return "disclosure";
    }

    /** Newest first. */
    private static List<ReportLink> links(String series, List<ReportSeal.Sealed> reports) {
        List<ReportLink> links = new ArrayList<>();
        for (ReportSeal.Sealed r : reports) {
            String period = r.id().substring(series.length() + 1);
            String at = PATH + "/reports/" + series + "/" + period;
            links.add(0, new ReportLink(period, at, at + "/csv", at + "/signature", at + "/verification"));
        }
        return links;
    }
}
