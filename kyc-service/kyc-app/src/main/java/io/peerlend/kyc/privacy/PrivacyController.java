package io.peerlend.kyc.privacy;

import io.peerlend.kyc.api.MasterKeyRotation;
import io.peerlend.platform.privacy.PersonalDataVault;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PrivacyController {

    private final PersonalDataVault vault;

    PrivacyController(PersonalDataVault vault) {
        this.vault = vault;
    }

    @Operation(summary = "Re-wrap every customer's data key with the active master key (role ops-supervisor)")
    @PostMapping("/api/kyc/privacy/master-key-rotation")
    MasterKeyRotation rotate() {
        return new MasterKeyRotation(vault.activeMasterKey(), vault.rotateMasterKey());
    }
}
