package nnrep.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClaimRegistryTest {

    /** The ids of the claims.md table, in its order. */
    private static final List<String> CLAIMS_MD = List.of("hermite.orthogonality",
            "hermite.activation-coefficients", "hermite.stein-tensors", "gradient.population-formula",
            "gradient.preprocessing", "gradient.concentration", "gradient.signal-size",
            "representation.subspace-recovery", "network.sample-complexity", "network.width",
            "kernel.lower-bound", "separation.network-vs-kernel", "transfer.head-only",
            "ablation.no-preprocessing", "ablation.lazy-regime");

    private final ClaimRegistry registry = ClaimRegistry.catalogue();

    @Test
    void listsClaimsOfTheCatalogueInItsOrder() {
        assertThat(CLAIMS_MD).containsSubsequence(registry.ids());
        assertThat(registry.ids()).contains("hermite.orthogonality", "hermite.activation-coefficients",
                "hermite.stein-tensors", "gradient.population-formula");
        for (Claim claim : registry.all()) {
            assertThat(claim.statement()).isNotBlank();
            assertThat(claim.source()).contains("Damian, Lee & Soltanolkotabi (COLT 2022)");
            for (Profile profile : Profile.values()) {
                assertThat(claim.parameters(profile)).isNotEmpty();
            }
        }
    }

    @Test
    void findsClaimsById() {
        assertThat(registry.byId("hermite.stein-tensors").id()).isEqualTo("hermite.stein-tensors");
        assertThatThrownBy(() -> registry.byId("network.magic"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--claims: unknown claim id network.magic; known: hermite.orthogonality, ");
    }

    @Test
    void selectsInCatalogueOrderOnce() {
        List<Claim> selected = registry.select(List.of("gradient.population-formula", " hermite.orthogonality",
                "gradient.population-formula"));
        assertThat(selected).extracting(Claim::id)
                .containsExactly("hermite.orthogonality", "gradient.population-formula");
        assertThatThrownBy(() -> registry.select(List.of())).hasMessageContaining("at least one");
    }

    @Test
    void rejectsDuplicateIds() {
        Claim claim = registry.all().get(0);
        assertThatThrownBy(() -> new ClaimRegistry(List.of(claim, claim))).hasMessageContaining("twice");
    }
}
