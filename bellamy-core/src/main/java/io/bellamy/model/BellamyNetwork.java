package io.bellamy.model;

import io.bellamy.nn.Adam;
import io.bellamy.nn.BatchLayout;
import io.bellamy.nn.AlphaDropout;
import io.bellamy.nn.Layer;
import io.bellamy.nn.Linear;
import io.bellamy.nn.MseLoss;
import io.bellamy.nn.ParameterGroup;
import io.bellamy.nn.Parameters;
import io.bellamy.nn.Selu;
import io.bellamy.nn.SmoothL1Loss;
import io.bellamy.nn.Tanh;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The Bellamy network of SPEC §4 with its training step (SPEC §5, §6), in double precision.
 *
 * <ul>
 *   <li>scale-out net: Linear(3 -> 2h) SELU Linear(2h -> h) SELU;</li>
 *   <li>one encoder, applied to each of the 5 essential and each present optional property
 *       vector: Linear(e -> h, no bias) SELU AlphaDropout(p) Linear(h -> h/2, no bias) SELU;</li>
 *   <li>decoder: Linear(h/2 -> h, no bias) SELU AlphaDropout(p) Linear(h -> e, no bias) Tanh;</li>
 *   <li>combination net over [scale-out embedding (h), the 5 essential codes (5 * h/2), the mean
 *       of the present optional codes (h/2; zeros if none)]: Linear(32 -> h) SELU
 *       Linear(h -> 1) SELU, whose output is the runtime in seconds.</li>
 * </ul>
 *
 * <p><b>Optional properties.</b> An absent optional property (mask 0) is neither encoded nor
 * decoded: it is left out of the mean code and out of the optional reconstruction MSE, which is
 * the mean over the present optional vectors of the batch (0 when none is present, as the
 * prototype drops the term for an empty optional matrix).
 *
 * <p><b>Randomness.</b> Weights come from {@code new SplittableRandom(seed)}, drawn layer by layer
 * in the order scale-out, encoder, decoder, combination, each weight matrix row-major (see
 * {@link Linear#initialize}). A training step draws from the {@link SplittableRandom} it is given:
 * first one Gaussian per row for the target noise, then the encoder dropout mask, then the decoder
 * dropout mask (see {@link AlphaDropout#drawMask}); masks only when dropout is enabled and
 * {@code p > 0}, the decoder mask only for the composite objective.
 *
 * <p><b>Rows.</b> Methods take {@code rows[from..to)} as indices into the input's rows (or
 * {@code rows == null} for rows {@code from..to} themselves), so mini-batches of a shuffled
 * permutation need no copying. At most {@link NetworkConfig#maxBatchSize()} rows per training or
 * evaluation call; {@link #predict} splits larger ranges.
 *
 * <p>All buffers are allocated at construction or first use: a training step allocates nothing.
 * Not thread-safe; use {@link #copy()} per thread.
 */
public final class BellamyNetwork {

    private static final int ESSENTIAL = NetworkConfig.ESSENTIAL_PROPERTIES;
    private static final int OPTIONAL = NetworkConfig.OPTIONAL_PROPERTIES;
    private static final int SCALE_OUT_FEATURES = NetworkConfig.SCALE_OUT_FEATURES;

    private final NetworkConfig config;
    private final Parameters params;
    private final int h;
    private final int cs;
    private final int e;
    private final int maxRows;
    private final int maxColumns;

    private final Linear so1;
    private final Selu soAct1;
    private final Linear so2;
    private final Selu soAct2;
    private final Linear enc1;
    private final Selu encAct1;
    private final AlphaDropout encDrop;
    private final Linear enc2;
    private final Selu encAct2;
    private final Linear dec1;
    private final Selu decAct1;
    private final AlphaDropout decDrop;
    private final Linear dec2;
    private final Linear comb1;
    private final Selu combAct1;
    private final Linear comb2;
    private final Selu combAct2;

    // forward buffers (feature-major)
    private final double[][] sIn;
    private final double[][] sA1;
    private final double[][] sA2;
    private final double[][] xT;
    private final double[][] xS;
    private final double[][] xU;
    private final double[][] eU;
    private final double[][] eH1;
    private final double[][] eC;
    private final double[][] dH1;
    private final double[][] dR;
    // the decoder's output layer on distinct columns (see DecoderColumns)
    private final DecoderColumns decoderColumns;
    private final double[][] dHU;
    private final double[][] gDU;
    private final double[][] xSView;
    private final double[] accDistinct;
    // outputs of frozen sub-networks kept between steps on one input (see FrozenOutputs)
    private final ParameterGroup scaleOutGroup;
    private final ParameterGroup encoderGroup;
    private final FrozenOutputs embeddingsKept;
    private final FrozenOutputs codesKept;
    private final double[][] cIn;
    private final double[][] cH;
    private final double[][] cOut;
    // backward buffers
    private final double[][] gPred;
    private final double[][] gCH;
    private final double[][] gCIn;
    private final double[][] gCInScaleOut;
    private final double[][] gSA1;
    private final double[][] gDH1;
    private final double[][] gCodes;
    private final double[][] gCodesDecoder;
    private final double[][] gEH1;
    private final double[][] gEU;
    // batch bookkeeping
    private final PropertyColumns columns;
    private final double[] targets;
    private final double[] mseScratch;
    private final double[] tanhScratch;
    private int batchRows;
    private boolean dropoutEnabled = true;

    /**
     * A network of shape {@code config} with weights drawn from {@code seed}: the same seed gives
     * the same weights, bit for bit.
     */
    public BellamyNetwork(NetworkConfig config, long seed) {
        this(config);
        SplittableRandom rng = new SplittableRandom(seed);
        for (Linear layer : new Linear[] {so1, so2, enc1, enc2, dec1, dec2, comb1, comb2}) {
            layer.initialize(rng);
        }
    }

    private BellamyNetwork(NetworkConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        h = config.hiddenSize();
        cs = config.codeSize();
        e = config.encodingSize();
        maxRows = config.maxBatchSize();
        maxColumns = Math.multiplyExact(maxRows, ESSENTIAL + OPTIONAL);
        int combIn = config.combinationInputSize();

        Parameters.Builder layout = Parameters.builder();
        String so = NetworkPart.SCALE_OUT.groupName();
        String en = NetworkPart.ENCODER.groupName();
        String de = NetworkPart.DECODER.groupName();
        String co = NetworkPart.COMBINATION.groupName();
        int so1Offset = layout.add(so, Linear.parameterCount(SCALE_OUT_FEATURES, 2 * h, true));
        int so2Offset = layout.add(so, Linear.parameterCount(2 * h, h, true));
        int enc1Offset = layout.add(en, Linear.parameterCount(e, h, false));
        int enc2Offset = layout.add(en, Linear.parameterCount(h, cs, false));
        int dec1Offset = layout.add(de, Linear.parameterCount(cs, h, false));
        int dec2Offset = layout.add(de, Linear.parameterCount(h, e, false));
        int comb1Offset = layout.add(co, Linear.parameterCount(combIn, h, true));
        int comb2Offset = layout.add(co, Linear.parameterCount(h, 1, true));
        params = layout.build();

        so1 = new Linear(params, so1Offset, SCALE_OUT_FEATURES, 2 * h, true, maxRows);
        soAct1 = new Selu(2 * h, maxRows);
        so2 = new Linear(params, so2Offset, 2 * h, h, true, maxRows);
        soAct2 = new Selu(h, maxRows);
        enc1 = new Linear(params, enc1Offset, e, h, false, maxColumns);
        encAct1 = new Selu(h, maxColumns);
        encDrop = new AlphaDropout(h, maxColumns, config.dropout());
        enc2 = new Linear(params, enc2Offset, h, cs, false, maxColumns);
        encAct2 = new Selu(cs, maxColumns);
        dec1 = new Linear(params, dec1Offset, cs, h, false, maxColumns);
        decAct1 = new Selu(h, maxColumns);
        decDrop = new AlphaDropout(h, maxColumns, config.dropout());
        dec2 = new Linear(params, dec2Offset, h, e, false, maxColumns);
        comb1 = new Linear(params, comb1Offset, combIn, h, true, maxRows);
        combAct1 = new Selu(h, maxRows);
        comb2 = new Linear(params, comb2Offset, h, 1, true, maxRows);
        combAct2 = new Selu(1, maxRows);

        sIn = Layer.buffer(SCALE_OUT_FEATURES, maxRows);
        sA1 = Layer.buffer(2 * h, maxRows);
        sA2 = Layer.buffer(h, maxRows);
        xT = Layer.buffer(e, maxColumns);
        xS = Layer.buffer(maxColumns, e);
        xU = Layer.buffer(e, maxColumns);
        eU = Layer.buffer(h, maxColumns);
        eH1 = Layer.buffer(h, maxColumns);
        eC = Layer.buffer(cs, maxColumns);
        dH1 = Layer.buffer(h, maxColumns);
        dR = Layer.buffer(e, maxColumns);
        decoderColumns = new DecoderColumns(maxColumns);
        dHU = Layer.buffer(h, maxColumns);
        gDU = Layer.buffer(h, maxColumns);
        xSView = new double[maxColumns][];
        accDistinct = new double[maxColumns];
        scaleOutGroup = params.group(NetworkPart.SCALE_OUT.groupName());
        encoderGroup = params.group(NetworkPart.ENCODER.groupName());
        embeddingsKept = new FrozenOutputs(h);
        codesKept = new FrozenOutputs(combIn - h);
        cIn = Layer.buffer(combIn, maxRows);
        // the scale-out embedding is written straight into the first rows of the combination input
        System.arraycopy(sA2, 0, cIn, 0, h);
        cH = Layer.buffer(h, maxRows);
        cOut = Layer.buffer(1, maxRows);
        gPred = Layer.buffer(1, maxRows);
        gCH = Layer.buffer(h, maxRows);
        gCIn = Layer.buffer(combIn, maxRows);
        gCInScaleOut = new double[h][];
        System.arraycopy(gCIn, 0, gCInScaleOut, 0, h);
        gSA1 = Layer.buffer(2 * h, maxRows);
        gDH1 = Layer.buffer(h, maxColumns);
        gCodes = Layer.buffer(cs, maxColumns);
        gCodesDecoder = Layer.buffer(cs, maxColumns);
        gEH1 = Layer.buffer(h, maxColumns);
        gEU = Layer.buffer(h, maxColumns);
        columns = new PropertyColumns(maxRows, e);
        targets = new double[maxRows];
        mseScratch = new double[maxColumns];
        tanhScratch = new double[maxColumns];
    }

    /** The shape of this network. */
    public NetworkConfig config() {
        return config;
    }

    /**
     * The parameters, one group per {@link NetworkPart} (named by {@link
     * NetworkPart#groupName()}); freeze groups here or with {@link #setFrozen}.
     */
    public Parameters parameters() {
        return params;
    }

    /** Freezes or unfreezes one sub-network. */
    public void setFrozen(NetworkPart part, boolean frozen) {
        params.setFrozen(part.groupName(), frozen);
    }

    /** Whether a sub-network is frozen. */
    public boolean isFrozen(NetworkPart part) {
        return params.isFrozen(part.groupName());
    }

    /**
     * Enables or disables alpha dropout in training steps (the prototype disables it for
     * fine-tuning). Prediction and evaluation never drop.
     */
    public void setDropoutEnabled(boolean enabled) {
        this.dropoutEnabled = enabled;
    }

    /** Whether training steps apply alpha dropout. */
    public boolean isDropoutEnabled() {
        return dropoutEnabled;
    }

    /** A copy of all weights, in the layout of {@link #parameters()}. */
    public double[] weights() {
        return params.copyValues();
    }

    /** Overwrites all weights (e.g. with a best-epoch snapshot from {@link #weights()}). */
    public void setWeights(double[] weights) {
        params.setValues(weights);
    }

    /** An independent network with the same shape, weights, frozen groups and dropout switch. */
    public BellamyNetwork copy() {
        BellamyNetwork copy = new BellamyNetwork(config);
        copy.params.copyFrom(params);
        copy.dropoutEnabled = dropoutEnabled;
        return copy;
    }

    /** Predicted runtimes (seconds) of every row of {@code input}, in evaluation mode. */
    public double[] predict(NetworkInput input) {
        double[] out = new double[input.rows()];
        predict(input, null, 0, input.rows(), out, 0);
        return out;
    }

    /**
     * Predicts the runtimes of rows {@code rows[from..to)} in evaluation mode (no dropout, decoder
     * not evaluated), in batches of at most {@code maxBatchSize} rows.
     *
     * @param out receives the prediction of {@code rows[from + k]} at {@code out[outOffset + k]}
     */
    public void predict(NetworkInput input, int[] rows, int from, int to, double[] out,
            int outOffset) {
        checkInput(input);
        checkRange(input, rows, from, to, Integer.MAX_VALUE);
        Objects.checkFromIndexSize(outOffset, to - from, out.length);
        for (int start = from; start < to; start += maxRows) {
            int end = Math.min(to, start + maxRows);
            forward(input, rows, start, end, false, false, null);
            System.arraycopy(cOut[0], 0, out, outOffset + (start - from), end - start);
        }
    }

    /**
     * Computes the loss of one batch and its gradient in {@link Parameters#gradients()} (zeroed
     * first; frozen groups stay zero), in training mode: targets {@code |y + e|} with noise
     * {@code e ~ N(0, objective.targetNoiseStd()^2)} per row, dropout masks when enabled. Does not
     * change the weights.
     *
     * @param rng source of the noise and the masks, in the order given in the class documentation
     * @param result receives the loss parts and the runtime errors against the noisy targets
     */
    public void computeGradients(NetworkInput input, int[] rows, int from, int to,
            Objective objective, SplittableRandom rng, StepResult result) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(rng, "rng");
        Objects.requireNonNull(result, "result");
        checkInput(input);
        requireTargets(input);
        checkRange(input, rows, from, to, maxRows);
        int n = to - from;
        double[] y = input.target();
        double std = objective.targetNoiseStd();
        for (int r = 0; r < n; r++) {
            double noise = rng.nextGaussian() * std;
            targets[r] = Math.abs(y[row(rows, from + r)] + noise);
        }
        boolean reconstruct = objective.reconstructs();
        boolean training = dropoutEnabled;
        forward(input, rows, from, to, training, reconstruct, rng);
        params.zeroGradients();
        computeLosses(reconstruct, true, result);
        backward(input, reconstruct);
    }

    /**
     * One training step: {@link #computeGradients} followed by {@code adam.step(learningRate)}.
     * Under an objective without reconstruction the decoder is skipped by the optimizer (no
     * update, no weight decay, no moment change), as PyTorch skips parameters without gradients.
     *
     * @param adam an optimizer built over {@link #parameters()}
     */
    public void trainStep(NetworkInput input, int[] rows, int from, int to, Objective objective,
            Adam adam, double learningRate, SplittableRandom rng, StepResult result) {
        Objects.requireNonNull(adam, "adam");
        if (adam.parameters() != params) {
            throw new IllegalArgumentException("the optimizer was built for other parameters");
        }
        computeGradients(input, rows, from, to, objective, rng, result);
        String decoder = NetworkPart.DECODER.groupName();
        if (objective.reconstructs() || params.isFrozen(decoder)) {
            adam.step(learningRate);
            return;
        }
        // the decoder takes no part in this objective: like PyTorch's Adam, which skips
        // parameters without gradients, leave it (weights, decay, moments) untouched
        params.setFrozen(decoder, true);
        try {
            adam.step(learningRate);
        } finally {
            params.setFrozen(decoder, false);
        }
    }

    /**
     * The loss of one batch in evaluation mode (no dropout, clean targets), as used for
     * validation; no gradients, no weight change.
     */
    public void evaluate(NetworkInput input, int[] rows, int from, int to, Objective objective,
            StepResult result) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(result, "result");
        checkInput(input);
        requireTargets(input);
        checkRange(input, rows, from, to, maxRows);
        double[] y = input.target();
        for (int r = 0; r < to - from; r++) {
            targets[r] = y[row(rows, from + r)];
        }
        boolean reconstruct = objective.reconstructs();
        forward(input, rows, from, to, false, reconstruct, null);
        computeLosses(reconstruct, false, result);
    }

    // ---------------------------------------------------------------- forward

    private void forward(NetworkInput input, int[] rows, int from, int to, boolean training,
            boolean decode, SplittableRandom rng) {
        int n = to - from;
        batchRows = n;
        encDrop.setTraining(training);
        decDrop.setTraining(training);
        // a frozen scale-out net gives each row the embedding it gave before
        boolean keepEmbeddings = isFrozen(NetworkPart.SCALE_OUT);
        if (keepEmbeddings) {
            embeddingsKept.use(input, params.values(), scaleOutGroup);
        }
        if (keepEmbeddings && embeddingsKept.hasAll(rows, from, n)) {
            embeddingsKept.load(rows, from, n, sA2, 0);
        } else {
            scaleOutForward(input, rows, from, n);
            if (keepEmbeddings) {
                embeddingsKept.store(rows, from, n, sA2, 0);
            }
        }
        // so does a frozen encoder without dropout when nothing is decoded
        boolean keepCodes = !decode && !encDrop.isActive() && isFrozen(NetworkPart.ENCODER);
        if (keepCodes) {
            codesKept.use(input, params.values(), encoderGroup);
        }
        if (keepCodes && codesKept.hasAll(rows, from, n)) {
            codesKept.load(rows, from, n, cIn, h);
        } else {
            encode(input, rows, from, n, decode, rng);
            if (keepCodes) {
                codesKept.store(rows, from, n, cIn, h);
            }
        }
        comb1.forward(cIn, cH, n);
        combAct1.forward(cH, cH, n);
        comb2.forward(cH, cOut, n);
        combAct2.forward(cOut, cOut, n);
    }

    /** The scale-out net on rows {@code rows[from..from+n)}: {@code sA2}, the embeddings. */
    private void scaleOutForward(NetworkInput input, int[] rows, int from, int n) {
        double[] scaleOut = input.scaleOut();
        for (int r = 0; r < n; r++) {
            int base = row(rows, from + r) * SCALE_OUT_FEATURES;
            for (int c = 0; c < SCALE_OUT_FEATURES; c++) {
                sIn[c][r] = scaleOut[base + c];
            }
        }
        so1.forward(sIn, sA1, n);
        soAct1.forward(sA1, sA1, n);
        so2.forward(sA1, sA2, n);
        soAct2.forward(sA2, sA2, n);
    }

    /**
     * The encoder (and with {@code decode} the decoder) on the property vectors of rows
     * {@code rows[from..from+n)}, then their codes into the combination input.
     */
    private void encode(NetworkInput input, int[] rows, int from, int n, boolean decode,
            SplittableRandom rng) {
        int m = columns.gather(input, rows, from, n, xT, xU);
        if (encDrop.isActive()) {
            encDrop.drawMask(rng, m);
        }
        // the encoder's first layer and activation act on each distinct property vector once
        int u = columns.uniqueColumns();
        boolean repeats = u < m;
        double[][] firstOut = repeats ? eU : eH1;
        enc1.forward(repeats ? xU : xT, firstOut, u);
        encAct1.forward(firstOut, firstOut, u);
        if (repeats) {
            columns.scatterUnique(eU, h, eH1);
        }
        encDrop.forward(eH1, eH1, m);
        enc2.forward(eH1, eC, m);
        encAct2.forward(eC, eC, m);
        if (decode) {
            if (decDrop.isActive()) {
                decDrop.drawMask(rng, m);
            }
            dec1.forward(eC, dH1, m);
            decAct1.forward(dH1, dH1, m);
            decDrop.forward(dH1, dH1, m);
            // the output layer and its tanh act on each distinct column once
            int width = decoderColumns.group(columns, encDrop.isActive() || decDrop.isActive());
            double[][] decoderIn = dH1;
            if (decoderColumns.shared()) {
                decoderColumns.gather(dH1, h, dHU);
                decoderIn = dHU;
            }
            if (repeats) {
                // the targets of the distinct columns (without repeats, xT holds them already)
                decoderColumns.gatherVectors(xU, e, xT);
            }
            dec2.forward(decoderIn, dR, width);
            for (int j = 0; j < e; j++) {
                Tanh.apply(dR[j], dR[j], tanhScratch, width);
            }
        }

        columns.toCombinationInput(eC, cs, cIn, h);
    }

    // ---------------------------------------------------------------- loss

    private void computeLosses(boolean reconstruct, boolean withGradient, StepResult result) {
        int n = batchRows;
        double[] pred = cOut[0];
        double predictionLoss = SmoothL1Loss.DEFAULT.sum(pred, targets,
                withGradient ? gPred[0] : null, 1.0 / n, 0, n) / n;
        double absolute = 0;
        double squared = 0;
        for (int r = 0; r < n; r++) {
            double d = pred[r] - targets[r];
            absolute += Math.abs(d);
            squared += d * d;
        }
        double essentialLoss = 0;
        double optionalLoss = 0;
        if (reconstruct) {
            int ess = columns.essentialColumns();
            int m = columns.columns();
            double essentialCount = (double) ess * e;
            essentialLoss = reconstructionLoss(0, ess, 1.0 / essentialCount, withGradient)
                    / essentialCount;
            if (m > ess) {
                double optionalElements = (double) (m - ess) * e;
                optionalLoss = reconstructionLoss(ess, m, 1.0 / optionalElements, withGradient)
                        / optionalElements;
            }
        }
        result.set(predictionLoss, essentialLoss, optionalLoss, absolute, squared, n);
    }

    /**
     * The squared error of the reconstructions against the inputs summed over columns
     * {@code [from, to)} (all essential or all optional). {@code dR} and {@code xT} hold them for
     * the distinct columns of the decoder's output layer ({@link DecoderColumns}); the sum runs
     * over every column in order, as without sharing. With {@code withGradient}, overwrites
     * {@code dR} in those distinct columns with the gradient with respect to the decoder's
     * pre-activation {@code z} ({@code dR = tanh(z)}): {@code weight * 2 (dR - x) (1 - dR^2)}
     * (MSE and tanh backward fused).
     */
    private double reconstructionLoss(int from, int to, double weight, boolean withGradient) {
        boolean shared = decoderColumns.shared();
        int ess = columns.essentialColumns();
        int dFrom = from < ess ? 0 : decoderColumns.essentialWidth();
        int dTo = from < ess ? decoderColumns.essentialWidth() : decoderColumns.width();
        double[] acc = shared ? accDistinct : mseScratch;
        for (int i = dFrom; i < dTo; i++) {
            acc[i] = 0.0;
        }
        double w2 = 2.0 * weight;
        for (int j = 0; j < e; j++) {
            double[] y = dR[j];
            double[] x = xT[j];
            if (withGradient) {
                for (int i = dFrom; i < dTo; i++) {
                    double yi = y[i];
                    double d = yi - x[i];
                    acc[i] += d * d;
                    y[i] = w2 * d * (1.0 - yi * yi);
                }
            } else {
                for (int i = dFrom; i < dTo; i++) {
                    double d = y[i] - x[i];
                    acc[i] += d * d;
                }
            }
        }
        if (shared) {
            decoderColumns.scatter(accDistinct, mseScratch, from, to);
        }
        double[] perColumn = mseScratch;
        if (!withGradient) {
            return MseLoss.sumOfColumns(perColumn, from, to);
        }
        double s0 = 0;
        double s1 = 0;
        int i = from;
        for (; i + 1 < to; i += 2) {
            s0 += perColumn[i];
            s1 += perColumn[i + 1];
        }
        if (i < to) {
            s0 += perColumn[i];
        }
        return s0 + s1;
    }

    // ---------------------------------------------------------------- backward

    private void backward(NetworkInput input, boolean reconstruct) {
        int n = batchRows;
        int m = columns.columns();
        boolean trainScaleOut = !isFrozen(NetworkPart.SCALE_OUT);
        boolean trainEncoder = !isFrozen(NetworkPart.ENCODER);
        boolean trainDecoder = reconstruct && !isFrozen(NetworkPart.DECODER);
        boolean decoderBackward = reconstruct && (trainDecoder || trainEncoder);

        combAct2.backward(cOut, gPred, gPred, n);
        comb2.backward(cH, gPred, gCH, n);
        combAct1.backward(cH, gCH, gCH, n);
        comb1.backward(cIn, gCH, trainScaleOut || trainEncoder ? gCIn : null, n);

        if (trainScaleOut) {
            soAct2.backward(sA2, gCInScaleOut, gCInScaleOut, n);
            so2.backward(sA1, gCInScaleOut, gSA1, n);
            soAct1.backward(sA1, gSA1, gSA1, n);
            so1.backward(sIn, gSA1, null, n);
        }
        if (trainEncoder) {
            columns.fromCombinationGradient(gCIn, h, cs, gCodes);
        }
        if (decoderBackward) {
            // dR holds the gradient with respect to the decoder's pre-activation (see
            // reconstructionLoss); xS serves as sample-major scratch before the encoder needs it
            int width = decoderColumns.width();
            boolean shared = decoderColumns.shared();
            if (trainDecoder) {
                // every column's output gradient as a sample-major row (shared by equal columns),
                // so the weight gradient sums over all columns in order
                BatchLayout.transpose(dR, e, xS, width);
                dec2.backwardWeightsFromOutputSampleRows(dH1,
                        shared ? decoderColumns.rowsPerColumn(xS, xSView) : xS, m);
            }
            if (shared) {
                dec2.backwardInput(dR, gDU, width);
                decoderColumns.scatter(gDU, h, gDH1);
            } else {
                dec2.backwardInput(dR, gDH1, m);
            }
            decDrop.backward(dH1, gDH1, gDH1, m);
            decAct1.backward(dH1, gDH1, gDH1, m);
            dec1.backward(eC, gDH1, trainEncoder ? gCodesDecoder : null, m);
            if (trainEncoder) {
                for (int c = 0; c < cs; c++) {
                    double[] g = gCodes[c];
                    double[] gd = gCodesDecoder[c];
                    for (int i = 0; i < m; i++) {
                        g[i] += gd[i];
                    }
                }
            }
        }
        if (trainEncoder) {
            encAct2.backward(eC, gCodes, gCodes, m);
            enc2.backward(eH1, gCodes, gEH1, m);
            encDrop.backward(eH1, gEH1, gEH1, m);
            int u = columns.uniqueColumns();
            boolean repeats = u < m;
            double[][] g = repeats ? gEU : gEH1;
            if (repeats) {
                columns.reduceToUnique(gEH1, h, gEU);
            }
            encAct1.backward(repeats ? eU : eH1, g, g, u);
            columns.gatherUniqueSampleRows(input, xS);
            enc1.backwardWeightsFromSampleRows(xS, g, u);
        }
    }

    // ---------------------------------------------------------------- checks

    private static int row(int[] rows, int k) {
        return PropertyColumns.row(rows, k);
    }

    private void checkInput(NetworkInput input) {
        Objects.requireNonNull(input, "input");
        if (input.rows() > 0 && input.encodingSize() != e) {
            throw new IllegalArgumentException("input property vectors have length "
                    + input.encodingSize() + ", the network expects " + e);
        }
    }

    private static void requireTargets(NetworkInput input) {
        if (!input.hasTarget()) {
            throw new IllegalArgumentException("training and evaluation need target runtimes");
        }
    }

    private void checkRange(NetworkInput input, int[] rows, int from, int to, int limit) {
        int available = rows == null ? input.rows() : rows.length;
        if (from < 0 || to > available || from > to) {
            throw new IllegalArgumentException("row range [" + from + ", " + to
                    + ") outside [0, " + available + ")");
        }
        if (limit != Integer.MAX_VALUE && (to == from || to - from > limit)) {
            throw new IllegalArgumentException("a batch must have 1 to " + limit
                    + " rows, got " + (to - from));
        }
        if (rows != null) {
            int n = input.rows();
            for (int k = from; k < to; k++) {
                if (rows[k] < 0 || rows[k] >= n) {
                    throw new IllegalArgumentException("rows[" + k + "] = " + rows[k]
                            + " outside [0, " + n + ")");
                }
            }
        }
    }
}
