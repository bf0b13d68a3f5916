package nnrep.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input to kernel and transfer ends with status 2 and one line on standard error naming the parameter. */
class KernelAndTransferBadInputTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "kernel --d 2 --n 100                                      | --r",
        "kernel --d 16 --n 100 --r 2                               | --r",
        "kernel --d 0 --n 100                                      | --d",
        "kernel --d 16 --n 0                                       | --n",
        "kernel --d 16 --n -5                                      | --n",
        "kernel --d 16 --n 2000000000                              | --n must be at most",
        "kernel --d 16 --n 100 --kernel svm                        | --kernel",
        "kernel --d 16 --n 100 --m 64                              | --m",
        "kernel --d 16 --n 100 --kernel rf --m 7                   | --m",
        "kernel --d 16 --n 100 --kernel rf --m 0                   | --m",
        "kernel --d 16 --n 100 --ridge NaN                         | --ridge",
        "kernel --d 16 --n 100 --ridge -1                          | --ridge",
        "kernel --d 16 --n 100 --ridge lots                        | --ridge",
        "train --d 16 --n 100 --m 8 --ridge auto                   | --ridge",
        "kernel --d 16 --n 100 --noise NaN                         | --noise",
        "kernel --d 16 --n 100 --test-n 0                          | --test-n",
        "kernel --d 16 --n 100 --threads 0                         | --threads",
        "kernel --d 16 --n 100 --preset nonsense                   | --preset",
        "kernel --d 16 --n 100 --target z1*(z2                     | --target",
        "kernel --d 16 --n 100 --target 0*z1                       | --target",
        "kernel --d 16 --n 100 --basis sideways                    | --basis",
        "kernel --d 16                                             | --n",
        "kernel --d sixteen --n 100                                | --d",
        "transfer --d 2 --n-source 100 --n-target 10 --m 8 --source quad-cubic --target z1  | --r",
        "transfer --d 0 --n-source 100 --n-target 10 --m 8 --source z1 --target z1          | --d",
        "transfer --d 8 --n-source 0 --n-target 10 --m 8 --source z1 --target z1            | --n-source",
        "transfer --d 8 --n-source 100 --n-target 0 --m 8 --source z1 --target z1           | --n-target",
        "transfer --d 8 --n-source 100 --n-target 10 --m 7 --source z1 --target z1          | --m",
        "transfer --d 8 --n-source 100 --n-target 10 --m 8 --source quad-cubical --target z1 | --source",
        "transfer --d 8 --n-source 100 --n-target 10 --m 8 --source z1 --target He2(z1      | --target",
        "transfer --d 8 --n-source 100 --n-target 10 --m 8 --source z1 --target 0*z2        | --target",
        "transfer --d 8 --n-source 100 --n-target 10 --m 8 --source z1 --target z9          | --r",
        "transfer --d 8 --n-source 100 --n-target 10 --m 8 --source z1 --target z1 --ridge NaN | --ridge",
        "transfer --d 8 --n-source 100 --n-target 10 --m 8 --source z1 --target z1 --test-n 0 | --test-n",
        "transfer --d 8 --n-source 100 --n-target 10 --m 8 --source z1                      | --target",
    })
    void badInputExitsTwoWithOneLine(String line, String named) {
        CliRun run = CliRun.of(line.trim().split("\\s+"));
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").contains(named);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
