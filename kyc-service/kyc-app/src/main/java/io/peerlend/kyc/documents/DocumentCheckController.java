package io.peerlend.kyc.documents;

import io.peerlend.kyc.api.DocumentCheckRequest;
import io.peerlend.kyc.api.DocumentCheckView;
import io.peerlend.kyc.checks.documents.DocumentCheckResult;
import io.peerlend.kyc.checks.documents.HolderChecks;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Checking a document on its own, for officers; nothing is stored. */
@RestController
class DocumentCheckController {

    private final DocumentChecker checker;

    DocumentCheckController(DocumentChecker checker) {
        this.checker = checker;
    }

    @Operation(
            summary =
                    "Check an identity document: an MRZ (TD1, TD2, TD3, MRV-A, MRV-B) with or without its chip, a cn number or a UK NINO (role ops)")
    @PostMapping("/api/kyc/document-checks")
    DocumentCheckView check(@Valid @RequestBody DocumentCheckRequest request) {
        DocumentChecker.requireShape(request.document(), "");
        HolderChecks.Holder holder = request.holder() == null
                ? null
                : new HolderChecks.Holder(
                        request.holder().fullName(), request.holder().dateOfBirth());
        DocumentCheckResult result = checker.check(request.document(), holder);
        return new DocumentCheckView(result.valid(), result.failures(), result.fields());
    }
}
