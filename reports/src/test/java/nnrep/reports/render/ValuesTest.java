package nnrep.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void numbersHaveFourSignificantDigits() {
        assertThat(Values.number(2048.0)).isEqualTo("2048");
        assertThat(Values.number(-0.48777987)).isEqualTo("-0.4878");
        assertThat(Values.number(1.4840559336981585e-15)).isEqualTo("1.484e-15");
        assertThat(Values.number(1e-10)).isEqualTo("1e-10");
        assertThat(Values.number(9999.96)).isEqualTo("10000");
        assertThat(Values.number(123456.7)).isEqualTo("1.235e5");
        assertThat(Values.number(1.5e9)).isEqualTo("1.5e9");
        assertThat(Values.number(0.0)).isEqualTo("0");
        assertThat(Values.number(Double.NaN)).isEqualTo("NaN");
        assertThat(Values.text(7L)).isEqualTo("7");
        assertThat(Values.text(-8312099593780144475L)).isEqualTo("-8312099593780144475");
    }

    @Test
    void numbersInTextAreRoundedToFourSignificantDigits() {
        assertThat(Values.rounded("relu, b = -1.6525887462467745")).isEqualTo("relu, b = -1.653");
        assertThat(Values.rounded("simultaneous 0.9966666666666667 intervals"))
                .isEqualTo("simultaneous 0.9967 intervals");
        assertThat(Values.rounded("b = 0.000123456789, k = 3.")).isEqualTo("b = 1.235e-4, k = 3.");
        assertThat(Values.rounded("ends at 2.5000000001.")).isEqualTo("ends at 2.5.");
        assertThat(Values.rounded("1.4840559336981585E-15 and 12345.678")).isEqualTo("1.484e-15 and 12350");
    }

    @Test
    void shortNumbersVersionsIntegersAndNamesInTextAreLeftAlone() {
        String text = "slope 0.500, b = 2.00, seed 8312099593780144475, Java 17.0.15+6, OpenBLAS 0.3.31-1.5.13,"
                + " x1.23456y, n = 65536";
        assertThat(Values.rounded(text)).isEqualTo(text);
        assertThat(Values.text("b = 0.12345")).isEqualTo("b = 0.1235");
    }

    @Test
    void shortListsArePrintedAndLongOnesSummarised() {
        assertThat(Values.text(new double[] {0.5, 1, 2})).isEqualTo("[0.5, 1, 2]");
        assertThat(Values.text(List.of("relu", "step"))).isEqualTo("[relu, step]");
        assertThat(Values.text(new double[20])).isEqualTo("20 values from 0 to 0");
        assertThat(Values.text(Map.of("a", 1))).isEqualTo("{a = 1}");
        assertThat(Values.summary(new double[] {Double.NaN, 3, -1})).isEqualTo("3 values from -1 to 3");
        assertThat(Values.full(new double[20])).startsWith("[0, 0,").endsWith("0]");
    }

    @Test
    void tablesAndNumberArraysAreRecognised() {
        assertThat(Values.isTable(List.of(Map.of("a", 1)))).isTrue();
        assertThat(Values.isTable(List.of())).isFalse();
        assertThat(Values.isNumbers(List.of(1, 2.5))).isTrue();
        assertThat(Values.doubles(List.of(1, 2.5))).containsExactly(1, 2.5);
    }

    @Test
    void theStringsJsonWritesForNonFiniteDoublesReadBackAsNumbers() {
        List<Object> read = List.of(1, "NaN", "Infinity", "-Infinity");
        assertThat(Values.isNumbers(read)).isTrue();
        assertThat(Values.doubles(read))
                .containsExactly(1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        assertThat(Values.isNumbers(List.of(1, "nan"))).isFalse();
        assertThat(Values.asDouble("Infinity")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Values.asDouble("1.5")).isNull();
    }

    @Test
    void theLargestDoublesStandForUnboundedBandsAndHugeNumbersDoNotOverflow() {
        assertThat(Values.number(Double.MAX_VALUE)).isEqualTo("inf");
        assertThat(Values.number(-Double.MAX_VALUE)).isEqualTo("-inf");
        assertThat(Values.number(1.7969e308)).isEqualTo("1.797e308");
    }
}
