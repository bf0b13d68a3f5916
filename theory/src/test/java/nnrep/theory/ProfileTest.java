package nnrep.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void parsesTheThreeProfiles() {
        assertThat(Profile.parse("quick")).isEqualTo(Profile.QUICK);
        assertThat(Profile.parse("standard")).isEqualTo(Profile.STANDARD);
        assertThat(Profile.parse("FULL")).isEqualTo(Profile.FULL);
        assertThat(Profile.STANDARD.cliName()).isEqualTo("standard");
    }

    @Test
    void rejectsAnythingElseNamingTheOption() {
        assertThatThrownBy(() -> Profile.parse("fast"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--profile must be quick, standard or full, got: fast");
    }

    @Test
    void bonferroniSplitsTheFamilyLevel() {
        assertThat(Bonferroni.split(0.05, 10)).isEqualTo(0.005);
        assertThatThrownBy(() -> Bonferroni.split(0.05, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bonferroni.split(1.5, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contextsRejectBadThreadCountsAndLevels() {
        assertThatThrownBy(() -> new ClaimContext(Profile.QUICK, 1, 0, 0.01, ProgressListener.silent()))
                .hasMessageContaining("threads must be at least 1");
        assertThatThrownBy(() -> ClaimContext.of(Profile.QUICK, 1, 0.0)).hasMessageContaining("delta");
    }
}
