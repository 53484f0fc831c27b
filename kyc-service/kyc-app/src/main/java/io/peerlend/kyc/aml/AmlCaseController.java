package io.peerlend.kyc.aml;

import io.peerlend.kyc.api.AmlAlert;
import io.peerlend.kyc.api.CloseAmlCase;
import io.peerlend.kyc.api.OfficerDecision;
import io.peerlend.kyc.api.PersonalDataViewed;
import io.peerlend.kyc.api.SuspiciousActivityReport;
import io.peerlend.kyc.customers.PersonalData;
import io.peerlend.kyc.customers.readmodel.CustomerReadModel;
import io.peerlend.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** AML cases for operations staff: the queue, the evidence, and the decision (cleared or reported). */
@RestController
class AmlCaseController {

    private final AmlCaseReadModel cases;
    private final CustomerReadModel customers;
    private final PersonalData personalData;
    private final CommandGateway commands;
    private final EventGateway events;
    private final Clock clock;

    private final SuspicionFiling.Layout filingLayout;
    private final String reportingInstitution;

    AmlCaseController(
            AmlCaseReadModel cases,
            CustomerReadModel customers,
            PersonalData personalData,
            CommandGateway commands,
            EventGateway events,
            Clock clock,
            @Value("${peerlend.kyc.aml.filing-layout}") SuspicionFiling.Layout filingLayout,
            @Value("${peerlend.kyc.aml.reporting-institution}") String reportingInstitution) {
        this.filingLayout = filingLayout;
        this.reportingInstitution = reportingInstitution;
        this.cases = cases;
        this.customers = customers;
        this.personalData = personalData;
        this.commands = commands;
        this.events = events;
        this.clock = clock;
    }

    public record CaseView(
            String caseId,
            String customerId,
            AmlCaseReadModel.Status status,
            List<AmlAlert> alerts,
            Instant openedAt,
            String closedBy,
            Instant closedAt,
            String reportId) {
        static CaseView of(AmlCaseReadModel.Entry e) {
            return new CaseView(
                    e.id(),
                    e.customerId(),
                    e.status(),
                    e.alerts(),
                    e.openedAt(),
                    e.closedBy(),
                    e.closedAt(),
                    e.reportId());
        }
    }

    @Operation(summary = "AML cases, oldest first; status OPEN, CLEARED or REPORTED (roles ops, ops-supervisor)")
    @GetMapping("/api/kyc/aml/cases")
    List<CaseView> list(@RequestParam(required = false) AmlCaseReadModel.Status status) {
        return cases.list(status, 200).stream().map(CaseView::of).toList();
    }

    @Operation(summary = "One AML case with its alerts and evidence (roles ops, ops-supervisor)")
    @GetMapping("/api/kyc/aml/cases/{id}")
    CaseView get(@PathVariable String id) {
        return cases.find(id).map(CaseView::of).orElseThrow(() -> new NoSuchElementException("no AML case " + id));
    }

    @Operation(summary = "Close a case as explained (roles ops, ops-supervisor)")
    @PostMapping("/api/kyc/aml/cases/{id}/clearance")
    Map<String, String> clear(
            @PathVariable String id,
            @Valid @RequestBody OfficerDecision decision,
            @AuthenticationPrincipal Jwt officer) {
        close(id, officer, false, decision.note());
        return Map.of("caseId", id, "status", "CLEARED");
    }

    @Operation(summary = "Report a case as suspicious; the note is the report's narrative (roles ops, ops-supervisor)")
    @PostMapping("/api/kyc/aml/cases/{id}/report")
    Map<String, String> report(
            @PathVariable String id,
            @Valid @RequestBody OfficerDecision decision,
            @AuthenticationPrincipal Jwt officer) {
        String reportId = close(id, officer, true, decision.note());
        return Map.of("caseId", id, "status", "REPORTED", "reportId", reportId);
    }

    @Operation(summary = "Export a suspicious activity report for filing (role ops-supervisor; audited)")
    @GetMapping("/api/kyc/aml/cases/{id}/report")
    ResponseEntity<SuspiciousActivityReport> export(@PathVariable String id, @AuthenticationPrincipal Jwt officer) {
        SuspiciousActivityReport report = report(id, officer, "suspicious activity report export");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + report.reportId() + ".json\"")
                .body(report);
    }

    @Operation(
            summary = "A suspicious activity report in the file layout of the profile's financial intelligence unit"
                    + " (uk: the NCA's SAR fields; cn: the PBOC's suspicious transaction report elements), one field"
                    + " a row (role ops-supervisor; audited)")
    @GetMapping(value = "/api/kyc/aml/cases/{id}/report/filing", produces = "text/csv")
    ResponseEntity<String> filing(@PathVariable String id, @AuthenticationPrincipal Jwt officer) {
        SuspiciousActivityReport report = report(id, officer, "suspicious activity report filing");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + report.reportId() + "-" + filingLayout + ".csv\"")
                .body(SuspicionFiling.csv(filingLayout, report, reportingInstitution));
    }

    /** The report with its subject's details opened, the read recorded as a staff view of personal data. */
    private SuspiciousActivityReport report(String id, Jwt officer, String purpose) {
        AmlCaseReadModel.Entry c = cases.find(id)
                .filter(e -> e.status() == AmlCaseReadModel.Status.REPORTED)
                .orElseThrow(() -> new NoSuchElementException("no reported AML case " + id));
        var subject = customers
                .find(c.customerId())
                .flatMap(e -> personalData.open(e.personalData()))
                .orElse(null);
        String narrative = personalData.openText(c.text()).orElse(null);
        if (subject != null) {
            events.publish(new PersonalDataViewed(
                    c.customerId(),
                    officer.getSubject(),
                    Roles.OPS_SUPERVISOR,
                    purpose + " " + c.reportId(),
                    clock.instant()));
        }
        return new SuspiciousActivityReport(
                c.reportId(),
                c.id(),
                c.customerId(),
                c.closedAt(),
                c.closedBy(),
                subject,
                narrative,
                c.alerts(),
                clock.instant(),
                officer.getSubject());
    }

    private String close(String id, Jwt officer, boolean report, String text) {
        AmlCaseReadModel.Entry c = cases.find(id).orElseThrow(() -> new NoSuchElementException("no AML case " + id));
        try {
            return commands.sendAndWait(new CloseAmlCase(
                    id,
                    officer.getSubject(),
                    report,
                    personalData.seal(c.customerId(), text.getBytes(StandardCharsets.UTF_8))));
        } catch (AggregateNotFoundException e) {
            throw new NoSuchElementException("no AML case " + id);
        }
    }
}
