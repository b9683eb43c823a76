package io.bellamy.evaluation;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.bellamy.data.RunRecord;
import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.RuntimePredictor;
import io.bellamy.prediction.TrainingData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs cases x methods (SPEC §8). Per algorithm and fold each method gets the fold's
 * pre-training runs once ({@link EvaluationMethod#forFold}); per case it is fitted on the
 * target context's runs at the chosen scale-outs (all repetitions) with the fold's runs as the
 * other contexts, unless it needs more scale-outs than the case has (recorded as skipped),
 * and predicts every test point from the context's own run at that scale-out with the runtime
 * replaced by {@link #QUERY_RUNTIME}. Fits and predictions are timed.
 *
 * <p>No leakage: before each fit it is asserted that no pre-training run belongs to the target
 * context and that the target runs are the chosen scale-outs' only.
 *
 * <p>Cases run on a pool of a bounded number of threads; the results are ordered by case (in
 * the given order) and method (in the given order) whatever the scheduling. The first failure
 * stops the evaluation.
 */
public final class Evaluator {

    /** Default number of worker threads. */
    public static final int DEFAULT_THREADS = 2;

    /** The runtime every query carries in place of the real one (a method must ignore it). */
    public static final double QUERY_RUNTIME = 1.0;

    private final List<EvaluationMethod> methods;
    private final int threads;
    private final ProgressListener listener;

    /**
     * @param methods the methods, with distinct names
     * @param threads worker threads, at least 1
     * @param listener told of progress from the worker threads
     */
    public Evaluator(List<EvaluationMethod> methods, int threads, ProgressListener listener) {
        this.methods = List.copyOf(methods);
        if (this.methods.isEmpty()) {
            throw new IllegalArgumentException("at least one method is needed");
        }
        if (this.methods.stream().map(EvaluationMethod::name).distinct().count() != this.methods.size()) {
            throw new IllegalArgumentException("method names must be distinct, got "
                    + this.methods.stream().map(EvaluationMethod::name).toList());
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Runs every method on every case.
     *
     * @param cases the cases (non-empty)
     * @param source the runs the cases refer to
     * @throws IllegalArgumentException when cases and data disagree
     * @throws IllegalStateException when a method fails on a case (cause chained), or on leakage
     */
    public EvaluationResults run(List<EvaluationCase> cases, RecordSource source) throws IOException {
        checkCases(cases);
        return run(EvaluationData.bind(cases, source));
    }

    /**
     * Runs every method on every case of data bound elsewhere (the history evaluation binds its
     * own contexts and pre-training runs).
     *
     * @throws IllegalArgumentException when there is no case or case ids repeat
     * @throws IllegalStateException when a method fails on a case (cause chained), or on leakage
     */
    EvaluationResults run(EvaluationData data) {
        List<EvaluationCase> cases = data.cases().stream()
                .map(EvaluationData.BoundCase::evaluationCase).toList();
        checkCases(cases);
        Map<PredictorKey, Supplier<RuntimePredictor>> predictors = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bellamy-evaluation-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<MethodResult>>> futures = new ArrayList<>();
            for (EvaluationData.BoundCase c : data.cases()) {
                futures.add(pool.submit(() -> {
                    List<MethodResult> r = runCase(c, data, predictors);
                    listener.caseFinished(c.evaluationCase(), done.incrementAndGet(), cases.size());
                    return r;
                }));
            }
            List<MethodResult> results = new ArrayList<>();
            for (Future<List<MethodResult>> f : futures) {
                results.addAll(await(f));
            }
            return new EvaluationResults(methods.stream().map(EvaluationMethod::name).toList(),
                    cases, results);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void checkCases(List<EvaluationCase> cases) {
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("no case to evaluate");
        }
        if (new HashSet<>(cases.stream().map(EvaluationCase::caseId).toList()).size() != cases.size()) {
            throw new IllegalArgumentException("case ids must be distinct");
        }
    }

    private static List<MethodResult> await(Future<List<MethodResult>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    private record PredictorKey(int method, EvaluationData.FoldKey fold) {
    }

    private List<MethodResult> runCase(EvaluationData.BoundCase c, EvaluationData data,
            Map<PredictorKey, Supplier<RuntimePredictor>> predictors) {
        EvaluationCase ec = c.evaluationCase();
        EvaluationData.Fold fold = data.fold(c.foldKey());
        List<RunRecord> targetRuns = new ArrayList<>();
        for (int n : ec.trainScaleOuts()) {
            targetRuns.addAll(c.runs().at(n));
        }
        TrainingData training = new TrainingData(c.target(), targetRuns, fold.data().preTrainingRuns());
        NoLeakage.check(ec, c.target(), fold, training);
        List<MethodResult> results = new ArrayList<>(methods.size());
        for (int m = 0; m < methods.size(); m++) {
            EvaluationMethod method = methods.get(m);
            listener.methodStarted(ec, method.name());
            try {
                RuntimePredictor predictor = predictors.computeIfAbsent(
                        new PredictorKey(m, c.foldKey()), k -> Suppliers.memoize(() ->
                                Objects.requireNonNull(method.forFold(fold.data()),
                                        "no predictor for the fold")))
                        .get();
                results.add(predictor.minScaleOuts() > ec.k()
                        ? MethodResult.skipped(ec, method.name())
                        : fitAndPredict(c, method.name(), predictor, training));
            } catch (RuntimeException e) {
                throw new IllegalStateException("method " + method.name() + " failed on case "
                        + ec.caseId() + ": " + e.getMessage(), e);
            }
        }
        return results;
    }

    private static MethodResult fitAndPredict(EvaluationData.BoundCase c, String method,
            RuntimePredictor predictor, TrainingData training) {
        long start = System.nanoTime();
        FittedRuntimeModel model = predictor.fit(training);
        double fitMs = (System.nanoTime() - start) / 1e6;
        List<PointResult> points = new ArrayList<>();
        for (TestPoint p : c.evaluationCase().test()) {
            RunRecord query = c.runs().at(p.scaleOut()).get(0).withRuntime(QUERY_RUNTIME);
            long t0 = System.nanoTime();
            double predicted = model.predict(query);
            double predictMs = (System.nanoTime() - t0) / 1e6;
            if (!Double.isFinite(predicted)) {
                throw new IllegalStateException("predicted " + predicted + " at scale-out "
                        + p.scaleOut());
            }
            double actual = p.medianRuntime();
            double[] interval = model.interval(query, 0.9).orElse(new double[] {Double.NaN,
                    Double.NaN});
            points.add(new PointResult(p.scaleOut(), p.label(), predicted, actual,
                    Math.abs(predicted - actual) / actual, predictMs, interval[0], interval[1]));
        }
        return new MethodResult(c.evaluationCase(), method, false, fitMs, points);
    }
}
