package nnrep.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad input of cli.md ends with status 2, one line on standard error naming the parameter. */
class BadInputTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "train --d 2 --n 100 --m 8                              | --r",
        "train --d 16 --n 100 --m 7                             | --m",
        "train --d 16 --n 100 --m 0                             | --m",
        "train --d 16 --n 100 --m -4                            | --m",
        "train --d 16 --n 0 --m 8                               | --n",
        "train --d 0 --n 10 --m 8                               | --d",
        "train --d 16 --n 100 --m 8 --preset nonsense           | --preset",
        "train --d 16 --n 100 --m 8 --target z1*(z2             | column",
        "train --d 16 --n 100 --m 8 --target z1/z2              | column",
        "train --d 16 --n 100 --m 8 --target 0*z1               | --target",
        "train --d 16 --n 100 --m 8 --ridge NaN                 | --ridge",
        "train --d 16 --n 100 --m 8 --eta1 NaN                  | --eta1",
        "train --d 16 --n 100 --m 8 --eta1 -1                   | --eta1",
        "train --d 16 --n 100 --m 8 --noise -0.5                | --noise",
        "train --d 16 --n 100 --m 8 --basis sideways            | --basis",
        "train --d 16 --n 100 --m 8 --head newton               | --head",
        "train --d 16 --n 100 --m 8 --threads 0                 | --threads",
        "train --d 16 --n 100 --m 8 --test-n 0                  | --test-n",
        "train --d 16 --n 100 --m 8 --r 2                       | --r",
        "train --n 100 --m 8                                    | --d",
        "train --d sixteen --n 100 --m 8                        | --d",
        "train --d 16 --n 100 --m 8 --preset quad-cubic --target z1 | --target",
        "train --d 16 --n 100 --m 8 --frobnicate                | --frobnicate",
        "hermite --activation tanh --bias 0 --kmax 3            | --activation",
        "hermite --activation relu --bias NaN --kmax 3          | --bias",
        "hermite --activation relu --bias 0 --kmax -1           | --kmax",
        "hermite --activation relu --bias 0                     | --kmax",
        "frobnicate                                             | frobnicate",
        "''                                                     | command",
    })
    void badInputExitsTwoWithOneLine(String line, String named) {
        String[] args = line.isBlank() || line.equals("''") ? new String[0] : line.trim().split("\\s+");
        CliRun run = CliRun.of(args);
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").contains(named);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
