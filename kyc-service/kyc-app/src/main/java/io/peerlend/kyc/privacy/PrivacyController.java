package io.peerlend.kyc.privacy;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PrivacyController {

    private final PersonalDataVault vault;
    private final MasterKeys masterKeys;

    PrivacyController(PersonalDataVault vault, MasterKeys masterKeys) {
        this.vault = vault;
        this.masterKeys = masterKeys;
    }

    @Operation(summary = "Re-wrap every customer's data key with the active master key (role ops-supervisor)")
    @PostMapping("/api/kyc/privacy/master-key-rotation")
    Map<String, Object> rotate() {
        return Map.of("activeMasterKey", masterKeys.activeMasterKey(), "rewrapped", vault.rotateMasterKey());
    }
}
