package io.bellamy.baselines;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Non-negative least squares: {@code min ||A x - b||_2 subject to x >= 0}, by the active-set
 * algorithm NNLS of Lawson and Hanson ("Solving Least Squares Problems", SIAM 1995, ch. 23).
 *
 * <p>It follows {@code scipy.optimize.nnls} (SciPy 1.15 and later): the same default limit of
 * {@code 3 n} inner iterations, the same choice of the entering column (largest dual
 * coefficient, the first in column order on exact ties), the same test that rejects a column
 * numerically dependent on the passive set (its part orthogonal to the passive columns must
 * exceed 100 units in the last place of its part inside them) and the same check that the
 * entering coefficient comes out positive. The unconstrained least-squares problems on the
 * passive set are solved by EJML's Householder QR instead of SciPy's in-place updates; results
 * agree to rounding. On rank-deficient problems this gives SciPy's answer: columns enter in
 * order of their dual coefficients and a column dependent on those already in never enters.
 */
public final class NnlsSolver {

    /** Factor on the unit in the last place used by the linear-independence test (SciPy's). */
    static final double INDEPENDENCE_ULPS = 100.0;

    private NnlsSolver() {
    }

    /**
     * Solves with SciPy's default iteration limit {@code 3 n}.
     *
     * @param a the {@code m x n} matrix as {@code m} rows of length {@code n}; not modified
     * @param b the right-hand side, length {@code m}; not modified
     * @throws IllegalArgumentException on empty, ragged or non-finite input or mismatched sizes
     */
    public static NnlsResult solve(double[][] a, double[] b) {
        int n = a.length == 0 ? 0 : a[0].length;
        return solve(a, b, Math.max(1, 3 * n));
    }

    /**
     * Solves with an explicit limit on inner iterations.
     *
     * @param a the {@code m x n} matrix as {@code m} rows of length {@code n}; not modified
     * @param b the right-hand side, length {@code m}; not modified
     * @param maxIterations the iteration limit, at least 1; reaching it gives a result with
     *     {@code converged == false}
     * @throws IllegalArgumentException on empty, ragged or non-finite input or mismatched sizes
     */
    public static NnlsResult solve(double[][] a, double[] b, int maxIterations) {
        DMatrixRMaj matrix = toMatrix(a, b);
        if (maxIterations < 1) {
            throw new IllegalArgumentException("max iterations must be >= 1, got " + maxIterations);
        }
        return new Run(matrix, b.clone(), maxIterations).solve();
    }

    private static DMatrixRMaj toMatrix(double[][] a, double[] b) {
        if (a.length == 0 || a[0].length == 0) {
            throw new IllegalArgumentException("matrix must have at least one row and one column, got "
                    + a.length + " rows");
        }
        if (b.length != a.length) {
            throw new IllegalArgumentException("right-hand side has length " + b.length
                    + " but the matrix has " + a.length + " rows");
        }
        int n = a[0].length;
        DMatrixRMaj m = new DMatrixRMaj(a.length, n);
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("row " + i + " has length " + a[i].length
                        + ", expected " + n);
            }
            if (!Double.isFinite(b[i])) {
                throw new IllegalArgumentException("b[" + i + "] must be finite, got " + b[i]);
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new IllegalArgumentException("a[" + i + "][" + j + "] must be finite, got "
                            + a[i][j]);
                }
                m.unsafe_set(i, j, a[i][j]);
            }
        }
        return m;
    }

    /** The state of one solve: passive set in order of entry, iterate, counters. */
    private static final class Run {
        private final DMatrixRMaj a;
        private final double[] b;
        private final int rows;
        private final int cols;
        private final int maxIterations;
        private final double[] x;
        private final List<Integer> passive = new ArrayList<>();
        private final boolean[] inPassive;
        private int iterations;

        Run(DMatrixRMaj a, double[] b, int maxIterations) {
            this.a = a;
            this.b = b;
            this.rows = a.numRows;
            this.cols = a.numCols;
            this.maxIterations = maxIterations;
            this.x = new double[cols];
            this.inPassive = new boolean[cols];
        }

        NnlsResult solve() {
            while (passive.size() < Math.min(rows, cols)) {
                double[] residual = residual(x);
                PassiveFit fit = PassiveFit.of(a, passive);
                int entering = chooseEntering(residual, fit);
                if (entering < 0) {
                    return result(true);
                }
                passive.add(entering);
                inPassive[entering] = true;
                double[] z = PassiveFit.of(a, passive).coefficients(b);
                while (true) {
                    iterations++;
                    if (iterations >= maxIterations) {
                        return result(false);
                    }
                    if (allPositive(z)) {
                        break;
                    }
                    z = stepBack(z);
                }
                for (int p = 0; p < passive.size(); p++) {
                    x[passive.get(p)] = z[p];
                }
            }
            return result(true);
        }

        /** The column to enter, or -1 when the dual vector certifies optimality. */
        private int chooseEntering(double[] residual, PassiveFit fit) {
            double[] w = new double[cols];
            for (int j = 0; j < cols; j++) {
                if (!inPassive[j]) {
                    w[j] = dot(column(j), residual);
                }
            }
            while (true) {
                int best = -1;
                double wmax = 0.0;
                for (int j = 0; j < cols; j++) {
                    if (!inPassive[j] && w[j] > wmax) {
                        wmax = w[j];
                        best = j;
                    }
                }
                if (best < 0) {
                    return -1;
                }
                if (acceptable(best, residual, fit)) {
                    return best;
                }
                w[best] = 0.0;
            }
        }

        /** Independent enough of the passive columns, and would enter with a positive value. */
        private boolean acceptable(int j, double[] residual, PassiveFit fit) {
            double[] column = column(j);
            double[] inside = fit.projection(column);
            double[] outside = new double[rows];
            for (int i = 0; i < rows; i++) {
                outside[i] = column[i] - inside[i];
            }
            double insideNorm = norm(inside);
            double spacing = insideNorm > 0 ? Math.ulp(insideNorm) : 0.0;
            double outsideSquared = dot(outside, outside);
            if (!(Math.sqrt(outsideSquared) > INDEPENDENCE_ULPS * spacing)) {
                return false;
            }
            double ztest = dot(outside, residual) / outsideSquared;
            return ztest > 0.0;
        }

        /**
         * Moves from the current iterate towards {@code z} until the first passive coefficient
         * hits zero, drops every non-positive one from the passive set and refits.
         */
        private double[] stepBack(double[] z) {
            double alpha = 2.0;
            int blocking = -1;
            for (int p = 0; p < passive.size(); p++) {
                if (z[p] <= 0.0) {
                    int k = passive.get(p);
                    // x[k] = z[p] = 0 (a column that entered at zero and refits to zero): no
                    // step, and it is dropped; -0/0 would give NaN and no blocking column
                    double denominator = x[k] - z[p];
                    double t = denominator == 0.0 ? 0.0 : x[k] / denominator;
                    if (alpha > t) {
                        alpha = t;
                        blocking = p;
                    }
                }
            }
            for (int p = 0; p < passive.size(); p++) {
                int k = passive.get(p);
                x[k] = x[k] + alpha * (z[p] - x[k]);
            }
            x[passive.get(blocking)] = 0.0;
            List<Integer> kept = new ArrayList<>();
            for (int k : passive) {
                if (x[k] > 0.0) {
                    kept.add(k);
                } else {
                    x[k] = 0.0;
                    inPassive[k] = false;
                }
            }
            passive.clear();
            passive.addAll(kept);
            return PassiveFit.of(a, passive).coefficients(b);
        }

        private NnlsResult result(boolean converged) {
            return new NnlsResult(x, iterations, converged, norm(residual(x)));
        }

        private double[] residual(double[] coefficients) {
            double[] r = b.clone();
            for (int i = 0; i < rows; i++) {
                double s = 0;
                for (int j = 0; j < cols; j++) {
                    s += a.unsafe_get(i, j) * coefficients[j];
                }
                r[i] -= s;
            }
            return r;
        }

        private double[] column(int j) {
            double[] c = new double[rows];
            for (int i = 0; i < rows; i++) {
                c[i] = a.unsafe_get(i, j);
            }
            return c;
        }
    }

    /** Unconstrained least squares on the columns of the passive set, by Householder QR. */
    private static final class PassiveFit {
        private final DMatrixRMaj passiveColumns;
        private final LinearSolverDense<DMatrixRMaj> solver;

        private PassiveFit(DMatrixRMaj passiveColumns, LinearSolverDense<DMatrixRMaj> solver) {
            this.passiveColumns = passiveColumns;
            this.solver = solver;
        }

        static PassiveFit of(DMatrixRMaj a, List<Integer> passive) {
            if (passive.isEmpty()) {
                return new PassiveFit(null, null);
            }
            DMatrixRMaj sub = new DMatrixRMaj(a.numRows, passive.size());
            for (int i = 0; i < a.numRows; i++) {
                for (int p = 0; p < passive.size(); p++) {
                    sub.unsafe_set(i, p, a.unsafe_get(i, passive.get(p)));
                }
            }
            LinearSolverDense<DMatrixRMaj> solver =
                    LinearSolverFactory_DDRM.leastSquares(a.numRows, passive.size());
            if (!solver.setA(solver.modifiesA() ? sub.copy() : sub)) {
                throw new IllegalStateException("QR decomposition of the passive columns failed");
            }
            return new PassiveFit(sub, solver);
        }

        /** Least-squares coefficients of {@code target} on the passive columns, in passive order. */
        double[] coefficients(double[] target) {
            if (solver == null) {
                return new double[0];
            }
            DMatrixRMaj rhs = new DMatrixRMaj(target.length, 1, true, target.clone());
            DMatrixRMaj out = new DMatrixRMaj(passiveColumns.numCols, 1);
            solver.solve(rhs, out);
            return out.data.clone();
        }

        /** The orthogonal projection of {@code target} onto the span of the passive columns. */
        double[] projection(double[] target) {
            double[] projected = new double[target.length];
            if (solver == null) {
                return projected;
            }
            double[] c = coefficients(target);
            for (int i = 0; i < target.length; i++) {
                double s = 0;
                for (int p = 0; p < c.length; p++) {
                    s += passiveColumns.unsafe_get(i, p) * c[p];
                }
                projected[i] = s;
            }
            return projected;
        }
    }

    private static boolean allPositive(double[] z) {
        for (double v : z) {
            if (!(v > 0.0)) {
                return false;
            }
        }
        return true;
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }

    private static double norm(double[] v) {
        double scale = 0;
        for (double e : v) {
            scale = Math.max(scale, Math.abs(e));
        }
        if (scale == 0) {
            return 0;
        }
        double s = 0;
        for (double e : v) {
            double t = e / scale;
            s += t * t;
        }
        return scale * Math.sqrt(s);
    }
}
