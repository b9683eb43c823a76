package io.bellamy.baselines;

import io.bellamy.data.RunRecord;
import io.bellamy.prediction.FittedRuntimeModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The global model {@link GradientBoostingPredictor} fits: its feature layout and boosted trees,
 * with a binary form ({@link #toBytes}, {@link #fromBytes}) so that a cache can keep it on disk.
 * A model read back predicts exactly (bit for bit) as the one written. Immutable.
 */
public final class FittedGradientBoosting implements FittedRuntimeModel {

    /**
     * Version of the binary form and of the fitting it records: it changes whenever either
     * changes, so caches keyed by it never hand out a model the current code would not fit.
     */
    public static final int FORMAT = 1;

    private static final int MAGIC = 0x4247424d; // "BGBM"

    private final FeatureLayout layout;
    private final GradientBoostedTrees trees;

    FittedGradientBoosting(FeatureLayout layout, GradientBoostedTrees trees) {
        this.layout = layout;
        this.trees = trees;
    }

    @Override
    public double predict(RunRecord query) {
        return trees.predict(layout.row(query));
    }

    /** The binary form, read back by {@link #fromBytes}. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            layout.write(out);
            trees.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The model whose binary form {@code bytes} is.
     *
     * @throws IllegalArgumentException when {@code bytes} is not such a form of this
     *     {@link #FORMAT} (truncated, trailing bytes, inconsistent trees or layout); chained
     */
    public static FittedGradientBoosting fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int magic = in.readInt();
            int format = in.readInt();
            if (magic != MAGIC || format != FORMAT) {
                throw new IllegalArgumentException(String.format(
                        "not a gradient-boosting model of format %d (magic %08x, format %d)",
                        FORMAT, magic, format));
            }
            FeatureLayout layout = FeatureLayout.read(in);
            GradientBoostedTrees trees = GradientBoostedTrees.read(in, layout.width());
            if (in.read() != -1) {
                throw new IllegalArgumentException("trailing bytes after the gradient-boosting "
                        + "model");
            }
            return new FittedGradientBoosting(layout, trees);
        } catch (EOFException e) {
            throw new IllegalArgumentException("the gradient-boosting model is truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read from memory", e);
        }
    }
}
