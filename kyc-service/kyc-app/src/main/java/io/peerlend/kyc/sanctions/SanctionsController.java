package io.peerlend.kyc.sanctions;

import io.peerlend.kyc.api.ScreeningRequest;
import io.peerlend.kyc.api.ScreeningView;
import io.peerlend.kyc.checks.sanctions.Countries;
import io.peerlend.kyc.checks.sanctions.Screening;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SanctionsController {

    private final SanctionsScreening screening;

    SanctionsController(SanctionsScreening screening) {
        this.screening = screening;
    }

    @Operation(summary = "Screen a name against the OFAC SDN, OFAC consolidated and UN lists (role ops)")
    @PostMapping("/api/kyc/screenings")
    ScreeningView screen(@Valid @RequestBody ScreeningRequest request) {
        if (request.nationality() != null
                && !request.nationality().isBlank()
                && Countries.toIso2(request.nationality()).isEmpty()) {
            throw new RequestRejectedException(
                    "nationality", "is not a country this service knows: use an ISO 3166 code");
        }
        return SanctionsScreening.view(
                screening.screen(new Screening.Query(request.name(), request.dateOfBirth(), request.nationality())));
    }

    @Operation(summary = "The loaded lists: version and entries per list (roles ops, ops-supervisor)")
    @GetMapping("/api/kyc/sanctions")
    SanctionsScreening.ListsInfo lists() {
        return screening.info();
    }

    @Operation(summary = "Load the list files again; a new version re-screens every customer (role ops-supervisor)")
    @PostMapping("/api/kyc/sanctions/reload")
    SanctionsScreening.ListsInfo reload() {
        screening.reload();
        return screening.info();
    }
}
