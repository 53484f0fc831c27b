package io.peerlend.kyc.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * What a phone read from an ePassport's or identity card's chip over NFC (ICAO Doc 9303 part 10), in Base64: the data
 * groups by number ("1" is the machine-readable zone, "2" the face) and the document security object (EF.SOD). A
 * face image is 15-30 KB; the limits leave room for that and refuse anything far larger.
 */
public record ChipRequest(
        @NotEmpty @Size(max = 16)
        Map<@Pattern(regexp = "[1-9]|1[0-6]") String, @NotBlank @Size(max = 200_000) String> dataGroups,

        @NotBlank @Size(max = 20_000) String securityObject) {}
