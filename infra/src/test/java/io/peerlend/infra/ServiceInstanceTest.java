package io.peerlend.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cluster mode's instances: names, ports that never collide, and the discovery every part is given. */
class ServiceInstanceTest {

    @Test
    void givenTwoCopies_thenEachServiceAndTheWebClientRunTwiceAndTheGatewayOnce() {
        List<ServiceInstance> all = ServiceInstance.all(Ports.defaults(), 2);

        assertThat(all)
                .extracting(ServiceInstance::name)
                .containsExactly(
                        "lending",
                        "lending-2",
                        "scoring",
                        "scoring-2",
                        "kyc",
                        "kyc-2",
                        "disclosure",
                        "disclosure-2",
                        "web",
                        "web-2",
                        "gateway");
        assertThat(all.get(1).port()).isEqualTo(8091);
        assertThat(all.get(1).managementPort()).isEqualTo(9091);
    }

    @Test
    void givenTheMostCopies_thenNoTwoPortsCollideNorTakeKeycloaksOrTheStores() {
        Ports ports = Ports.defaults();
        Set<Integer> taken =
                new HashSet<>(List.of(ports.keycloak(), ports.keycloakManagement(), ports.postgres(), ports.mongo()));
        for (ServiceInstance instance : ServiceInstance.all(ports, ServiceInstance.MOST)) {
            assertThat(taken.add(instance.port())).as(instance.name()).isTrue();
            assertThat(taken.add(instance.managementPort())).as(instance.name()).isTrue();
        }
        assertThatThrownBy(() -> ServiceInstance.all(ports, ServiceInstance.MOST + 1))
                .hasMessageContaining("PEERLEND_INSTANCES must be 1 to 4");
    }

    @Test
    void givenTwoCopies_thenDiscoveryListsEveryInstanceWithItsManagementPortButNotTheGateway() throws Exception {
        JsonNode instances = new ObjectMapper()
                .readTree(ServiceInstance.discovery(ServiceInstance.all(Ports.defaults(), 2)))
                .at("/spring/cloud/discovery/client/simple/instances");

        assertThat(instances.has("gateway")).isFalse();
        assertThat(instances.get("lending")).hasSize(2);
        assertThat(instances.at("/lending/1/uri").asText()).isEqualTo("http://127.0.0.1:8091");
        assertThat(instances.at("/lending/1/metadata/management-port").asText()).isEqualTo("9091");
        assertThat(instances.at("/web/0/uri").asText()).isEqualTo("http://127.0.0.1:8085");
    }
}
