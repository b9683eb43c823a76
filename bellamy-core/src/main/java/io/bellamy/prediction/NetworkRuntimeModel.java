package io.bellamy.prediction;

import io.bellamy.data.RunRecord;
import io.bellamy.features.EncodedBatch;
import io.bellamy.features.FittedPipeline;
import io.bellamy.model.BellamyNetwork;
import io.bellamy.model.NetworkInput;
import java.util.List;
import java.util.Objects;

/**
 * A fitted runtime model backed by one network of its own (dropout off). The network is not
 * thread-safe, so predictions are serialised on it; it is never shared with another model.
 */
public final class NetworkRuntimeModel implements FittedRuntimeModel {

    private final BellamyNetwork network;
    private final FittedPipeline pipeline;

    /** @param network owned from now on by this model (not copied) */
    public NetworkRuntimeModel(BellamyNetwork network, FittedPipeline pipeline) {
        this.network = Objects.requireNonNull(network, "network");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        network.setDropoutEnabled(false);
    }

    @Override
    public synchronized double predict(RunRecord query) {
        EncodedBatch batch = pipeline.transform(List.of(query));
        return network.predict(new NetworkInput(batch.scaleOut(), batch.essential(),
                batch.optional(), batch.optionalMask(), null))[0];
    }
}
