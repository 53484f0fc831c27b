package io.peerlend.kyc.documents;

import io.peerlend.kyc.api.DocumentRequest;
import io.peerlend.kyc.api.DocumentType;
import io.peerlend.kyc.checks.documents.ChineseResidentId;
import io.peerlend.kyc.checks.documents.DocumentCheckResult;
import io.peerlend.kyc.checks.documents.HolderChecks;
import io.peerlend.kyc.checks.documents.MrzCheck;
import io.peerlend.kyc.checks.documents.NationalInsuranceNumber;
import io.peerlend.platform.web.FieldError;
import io.peerlend.platform.web.RequestRejectedException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/** Runs the check for the document's type, then the holder checks (adult, in date, same person as declared). */
@Component
public class DocumentChecker {

    private final Clock clock;

    DocumentChecker(Clock clock) {
        this.clock = clock;
    }

    public DocumentCheckResult check(DocumentRequest document, HolderChecks.Holder declared) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        DocumentCheckResult result = switch (document.type()) {
            case MRZ -> MrzCheck.check(document.lines(), today);
            case CN_RESIDENT_ID -> ChineseResidentId.check(document.number(), today);
            case UK_NINO -> NationalInsuranceNumber.check(document.number());
        };
        return HolderChecks.apply(result, declared, today);
    }

    /** The shape the type needs: lines for an MRZ, a number otherwise. */
    public static void requireShape(DocumentRequest document, String prefix) {
        if (document.type() == null) {
            return;
        }
        boolean mrz = document.type() == DocumentType.MRZ;
        if (mrz && (document.lines() == null || document.lines().size() < 2)) {
            throw new RequestRejectedException(
                    List.of(new FieldError(prefix + "lines", "an MRZ needs its 2 or 3 lines")));
        }
        if (!mrz && (document.number() == null || document.number().isBlank())) {
            throw new RequestRejectedException(
                    List.of(new FieldError(prefix + "number", "must not be blank for " + document.type())));
        }
    }
}
