package io.peerlend.disclosure.statistics.web;

import io.peerlend.disclosure.api.PlatformSummary;
import io.peerlend.disclosure.statistics.readmodel.ApplicationStatistics;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PublicSummaryController {

    private final ApplicationStatistics statistics;

    PublicSummaryController(ApplicationStatistics statistics) {
        this.statistics = statistics;
    }

    @Operation(summary = "Public platform figures (no login)")
    @GetMapping("/public/disclosure/summary")
    PlatformSummary summary() {
        return new PlatformSummary(
                statistics.applicationsSubmitted(), Clock.systemUTC().instant());
    }
}
