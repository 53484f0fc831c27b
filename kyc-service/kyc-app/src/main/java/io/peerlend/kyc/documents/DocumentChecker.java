package io.peerlend.kyc.documents;

import io.peerlend.kyc.api.ChipRequest;
import io.peerlend.kyc.api.DocumentRequest;
import io.peerlend.kyc.api.DocumentType;
import io.peerlend.kyc.checks.documents.ChineseResidentId;
import io.peerlend.kyc.checks.documents.ChipCheck;
import io.peerlend.kyc.checks.documents.DocumentCheckResult;
import io.peerlend.kyc.checks.documents.ForeignPermanentResidentId;
import io.peerlend.kyc.checks.documents.HolderChecks;
import io.peerlend.kyc.checks.documents.MainlandTravelPermit;
import io.peerlend.kyc.checks.documents.MrzCheck;
import io.peerlend.kyc.checks.documents.NationalInsuranceNumber;
import io.peerlend.kyc.checks.documents.ResidencePermitForHongKongMacaoTaiwan;
import io.peerlend.platform.web.FieldError;
import io.peerlend.platform.web.RequestRejectedException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Runs the check for the document's type, with the chip's passive authentication when a phone read one, then the
 * holder checks (adult, in date, same person as declared).
 */
@Component
public class DocumentChecker {

    private static final Base64.Decoder BASE64 = Base64.getMimeDecoder();

    private final Clock clock;
    private final TrustedCountrySigners countrySigners;

    DocumentChecker(Clock clock, TrustedCountrySigners countrySigners) {
        this.clock = clock;
        this.countrySigners = countrySigners;
    }

    public DocumentCheckResult check(DocumentRequest document, HolderChecks.Holder declared) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        DocumentCheckResult result = switch (document.type()) {
            case MRZ -> MrzCheck.check(document.lines(), today);
            case CN_RESIDENT_ID -> ChineseResidentId.check(document.number(), today);
            case CN_RESIDENCE_PERMIT_HMT -> ResidencePermitForHongKongMacaoTaiwan.check(document.number(), today);
            case CN_PERMANENT_RESIDENCE -> ForeignPermanentResidentId.check(document.number(), today);
            case CN_TRAVEL_PERMIT_HK_MACAO -> MainlandTravelPermit.forHongKongMacaoResidents(document.number());
            case CN_TRAVEL_PERMIT_TAIWAN -> MainlandTravelPermit.forTaiwanResidents(document.number());
            case UK_NINO -> NationalInsuranceNumber.check(document.number());
        };
        if (document.chip() != null) {
            result = DocumentCheckResult.both(
                    result,
                    ChipCheck.check(
                            chip(document.chip()), document.lines(), countrySigners.certificates(), clock.instant()));
        }
        return HolderChecks.apply(result, declared, today);
    }

    /** The chip's Base64 decoded; {@link #requireShape} has made sure it decodes. */
    private static ChipCheck.ChipRead chip(ChipRequest chip) {
        Map<Integer, byte[]> groups = new TreeMap<>();
        chip.dataGroups().forEach((number, content) -> groups.put(Integer.valueOf(number), BASE64.decode(content)));
        return new ChipCheck.ChipRead(groups, BASE64.decode(chip.securityObject()));
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
        if (document.chip() != null) {
            requireChip(document.chip(), mrz, prefix + "chip.");
        }
    }

    private static void requireChip(ChipRequest chip, boolean mrz, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (!mrz) {
            errors.add(new FieldError(
                    prefix.substring(0, prefix.length() - 1),
                    "a chip is read only from a passport or identity card with machine-readable lines"));
        }
        chip.dataGroups().forEach((number, content) -> {
            if (!decodes(content)) {
                errors.add(new FieldError(prefix + "dataGroups." + number, "must be Base64"));
            }
        });
        if (!decodes(chip.securityObject())) {
            errors.add(new FieldError(prefix + "securityObject", "must be Base64"));
        }
        if (!errors.isEmpty()) {
            throw new RequestRejectedException(errors);
        }
    }

    private static boolean decodes(String base64) {
        try {
            BASE64.decode(base64);
            return true;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
