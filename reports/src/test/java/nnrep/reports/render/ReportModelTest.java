package nnrep.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nnrep.theory.Claim;
import nnrep.theory.ClaimRegistry;
import nnrep.theory.Verdict;

class ReportModelTest {

    @Test
    void theWholeCatalogueIsRunAgainWithoutListingItsClaims() {
        String[] all = ClaimRegistry.catalogue().all().stream().map(Claim::id).toArray(String[]::new);
        ReportModel whole = ReportModel.of(SyntheticReport.of(Verdict.PASS, all));
        assertThat(whole.reproduceCommand()).isEqualTo("./nnrep audit --profile quick --seed 3");
    }

    @Test
    void aSelectionIsRunAgainWithItsClaims() {
        ReportModel some = ReportModel.of(SyntheticReport.of(Verdict.PASS, "network.width", "hermite.orthogonality"));
        assertThat(some.reproduceCommand())
                .isEqualTo("./nnrep audit --profile quick --claims network.width,hermite.orthogonality --seed 3");
        assertThat(some.reproduceCommand(some.claims().get(0)))
                .isEqualTo("./nnrep audit --profile quick --claims network.width --seed 3");
    }
}
