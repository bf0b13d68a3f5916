package nnrep.numeric.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nnrep.numeric.gauss.RandomStreams;
import nnrep.numeric.linalg.Parallelism;
import nnrep.numeric.poly.Presets;
import nnrep.numeric.target.Basis;
import nnrep.numeric.target.MultiIndexTarget;

class SampleStreamTest {

    private final RandomStreams streams = new RandomStreams(42);
    private final MultiIndexTarget target = MultiIndexTarget.of(Presets.named("quad-cubic"), 8, Basis.RANDOM, streams);

    @Test
    void aChunkReadTwiceIsTheSameAndTheLastChunkIsPartial() {
        int n = 2 * SampleStream.CHUNK_ROWS + 100;
        SampleStream s = SampleStream.training(target, n, 0.1, streams, Parallelism.sequential());
        assertThat(s.chunks()).isEqualTo(3);
        Chunk first = s.read(2, s.newChunk());
        assertThat(first.rows()).isEqualTo(100);
        double[] x = first.x().clone();
        double[] y = first.y().clone();
        Chunk again = s.read(2, s.newChunk());
        assertThat(again.x()).containsExactly(x);
        assertThat(again.y()).containsExactly(y);
    }

    @Test
    void trainTestAndTransferSamplesAndSeedsDiffer() {
        SampleStream train = SampleStream.training(target, 10, 0, streams, Parallelism.sequential());
        SampleStream test = SampleStream.test(target, 10, 0, streams, Parallelism.sequential());
        SampleStream transfer = SampleStream.transfer(target, 10, 0, streams, Parallelism.sequential());
        SampleStream other = SampleStream.training(target, 10, 0, new RandomStreams(43), Parallelism.sequential());
        double x0 = train.read(0, train.newChunk()).x()[0];
        double t0 = test.read(0, test.newChunk()).x()[0];
        assertThat(t0).isNotEqualTo(x0);
        assertThat(transfer.read(0, transfer.newChunk()).x()[0]).isNotEqualTo(x0).isNotEqualTo(t0);
        assertThat(other.read(0, other.newChunk()).x()[0]).isNotEqualTo(x0);
    }

    @Test
    void labelsAreTheTargetPlusBoundedNoise() {
        double noise = 0.25;
        SampleStream clean = SampleStream.training(target, 3000, 0, streams, Parallelism.sequential());
        SampleStream noisy = SampleStream.training(target, 3000, noise, streams, Parallelism.of(2));
        Chunk a = clean.read(0, clean.newChunk());
        Chunk b = noisy.read(0, noisy.newChunk());
        double maxGap = 0;
        double sumGap = 0;
        for (int i = 0; i < a.rows(); i++) {
            double gap = b.y()[i] - a.y()[i];
            maxGap = Math.max(maxGap, Math.abs(gap));
            sumGap += gap;
        }
        assertThat(maxGap).isLessThanOrEqualTo(noise).isGreaterThan(0.9 * noise);
        // The mean of 3000 uniform(-S, S) draws has sd S/sqrt(3 * 3000) = 0.0026; 8 sd = 0.021.
        assertThat(Math.abs(sumGap / a.rows())).isLessThan(0.021);
    }
}
