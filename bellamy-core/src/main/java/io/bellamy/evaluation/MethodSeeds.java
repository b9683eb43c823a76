package io.bellamy.evaluation;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import io.bellamy.prediction.TrainingData;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The seeds of the neural methods, derived by hashing (Murmur3, 128 bit, first 64 bits) so that
 * they depend only on what they are for, never on thread scheduling: the pre-training seed on
 * the evaluation seed, the algorithm and the fold; a fit's seed on the fold's seed, the target
 * context and the chosen runs.
 */
final class MethodSeeds {

    private MethodSeeds() {
    }

    /** The seed of one fold's pre-training. */
    static long fold(long evaluationSeed, String algorithm, int fold) {
        return Hashing.murmur3_128().newHasher()
                .putLong(evaluationSeed)
                .putString(algorithm, StandardCharsets.UTF_8)
                .putInt(fold)
                .hash().asLong();
    }

    /** The seed of one fit: the target context and its runs' scale-outs, in order. */
    static long fit(long foldSeed, TrainingData data) {
        ContextKey t = data.target();
        Hasher h = Hashing.murmur3_128().newHasher().putLong(foldSeed);
        for (String s : List.of(t.algorithm(), t.machineType(), t.jobArgs(),
                t.dataCharacteristics(), t.environment(), t.jobType())) {
            h.putString(s, StandardCharsets.UTF_8).putByte((byte) 0);
        }
        h.putDouble(t.dataSizeMB());
        for (RunRecord r : data.targetRuns()) {
            h.putInt(r.instanceCount());
        }
        return h.hash().asLong();
    }

    /** The seed of one fold's calibration of the default predictor (held-out dealing and draws). */
    static long calibration(long foldSeed) {
        return Hashing.murmur3_128().newHasher()
                .putLong(foldSeed)
                .putString("calibration", StandardCharsets.UTF_8)
                .hash().asLong();
    }
}
