package io.bellamy.baselines;

import java.util.Arrays;

/**
 * The outcome of one non-negative least-squares solve.
 *
 * @param coefficients the solution {@code x >= 0}, length {@code n} (a copy is stored and
 *     returned)
 * @param iterations inner iterations used (the count scipy limits with {@code maxiter})
 * @param converged {@code true} when the Karush–Kuhn–Tucker conditions were met, {@code false}
 *     when the iteration limit was reached first ({@code coefficients} then holds the last
 *     feasible iterate)
 * @param residualNorm {@code ||A x - b||_2} of the returned coefficients
 */
public record NnlsResult(double[] coefficients, int iterations, boolean converged, double residualNorm) {

    /** Copies the coefficients and checks the counts. */
    public NnlsResult {
        coefficients = coefficients.clone();
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0, got " + iterations);
        }
        if (!(residualNorm >= 0)) {
            throw new IllegalArgumentException("residual norm must be >= 0, got " + residualNorm);
        }
    }

    /** A copy of the solution vector. */
    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NnlsResult r && Arrays.equals(coefficients, r.coefficients)
                && iterations == r.iterations && converged == r.converged
                && Double.compare(residualNorm, r.residualNorm) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(coefficients) + Double.hashCode(residualNorm) + iterations;
    }

    @Override
    public String toString() {
        return "NnlsResult[coefficients=" + Arrays.toString(coefficients) + ", iterations="
                + iterations + ", converged=" + converged + ", residualNorm=" + residualNorm + "]";
    }
}
