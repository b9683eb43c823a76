package io.bellamy.model;

/**
 * The losses and errors of one batch, filled in by {@link BellamyNetwork} (a reusable holder, so
 * that a training step allocates nothing). Losses are means over the batch as in PyTorch; parts
 * not computed by the objective are 0.
 */
public final class StepResult {

    private double loss;
    private double predictionLoss;
    private double essentialLoss;
    private double optionalLoss;
    private double absoluteError;
    private double squaredError;
    private int rows;

    /** The total loss: the sum of the parts below. */
    public double loss() {
        return loss;
    }

    /** Smooth L1 (beta 1) of the predicted against the target runtimes. */
    public double predictionLoss() {
        return predictionLoss;
    }

    /** MSE of the decoded against the input essential property vectors. */
    public double essentialReconstructionLoss() {
        return essentialLoss;
    }

    /** MSE of the decoded against the input optional property vectors, over present ones only. */
    public double optionalReconstructionLoss() {
        return optionalLoss;
    }

    /** Mean absolute error of the predicted runtimes against the targets used, in seconds. */
    public double mae() {
        return rows == 0 ? 0.0 : absoluteError / rows;
    }

    /** Mean squared error of the predicted runtimes against the targets used. */
    public double mse() {
        return rows == 0 ? 0.0 : squaredError / rows;
    }

    /** Sum of absolute runtime errors (for weighting batches into epoch means). */
    public double absoluteErrorSum() {
        return absoluteError;
    }

    /** Sum of squared runtime errors. */
    public double squaredErrorSum() {
        return squaredError;
    }

    /** The number of rows in the batch. */
    public int rows() {
        return rows;
    }

    void set(double predictionLoss, double essentialLoss, double optionalLoss,
            double absoluteError, double squaredError, int rows) {
        this.predictionLoss = predictionLoss;
        this.essentialLoss = essentialLoss;
        this.optionalLoss = optionalLoss;
        this.loss = predictionLoss + essentialLoss + optionalLoss;
        this.absoluteError = absoluteError;
        this.squaredError = squaredError;
        this.rows = rows;
    }

    @Override
    public String toString() {
        return "StepResult[loss=" + loss + ", prediction=" + predictionLoss + ", essential="
                + essentialLoss + ", optional=" + optionalLoss + ", mae=" + mae() + ", rows="
                + rows + "]";
    }
}
