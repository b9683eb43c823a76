package io.bellamy.training;

import io.bellamy.data.RunRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The search's train/validation split (SPEC §5): records are grouped by a label built from the
 * grouping keys; each group is shuffled and a share of it (rounded, at least one record when the
 * group has two or more) is held out, so every group appears on both sides where it can.
 *
 * @param train indices of the training records, ascending
 * @param validation indices of the validation records, ascending
 */
public record ValidationSplit(int[] train, int[] validation) {

    /**
     * Splits {@code records} by their group labels.
     *
     * @param records the records to split (not modified)
     * @param groupingKeys property names forming the label (SPEC §5's list)
     * @param validationFraction share held out, in (0, 1)
     * @param rng the random stream (advanced)
     */
    public static ValidationSplit stratified(List<RunRecord> records, List<String> groupingKeys,
            double validationFraction, SplittableRandom rng) {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException(
                    "validation fraction must be in (0, 1), got " + validationFraction);
        }
        if (records.size() < 2) {
            throw new IllegalArgumentException(
                    "a validation split needs at least 2 records, got " + records.size());
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            groups.computeIfAbsent(label(records.get(i), groupingKeys), k -> new ArrayList<>()).add(i);
        }
        boolean[] held = new boolean[records.size()];
        for (List<Integer> members : groups.values()) {
            int[] order = members.stream().mapToInt(Integer::intValue).toArray();
            for (int i = order.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int take = (int) Math.round(order.length * validationFraction);
            if (take == 0 && order.length >= 2) {
                take = 1;
            }
            take = Math.min(take, order.length - 1);
            for (int i = 0; i < take; i++) {
                held[order[i]] = true;
            }
        }
        int nValidation = 0;
        for (boolean h : held) {
            nValidation += h ? 1 : 0;
        }
        if (nValidation == 0) {
            // every group is a singleton: hold out a random share of the records instead
            int[] all = new int[records.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            for (int i = all.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
            int take = Math.max(1, (int) Math.round(all.length * validationFraction));
            for (int i = 0; i < take; i++) {
                held[all[i]] = true;
            }
            nValidation = take;
        }
        int[] train = new int[records.size() - nValidation];
        int[] validation = new int[nValidation];
        int t = 0;
        int v = 0;
        for (int i = 0; i < held.length; i++) {
            if (held[i]) {
                validation[v++] = i;
            } else {
                train[t++] = i;
            }
        }
        return new ValidationSplit(train, validation);
    }

    /** The group label of a record: the values of the grouping keys joined. */
    static String label(RunRecord r, List<String> groupingKeys) {
        StringBuilder label = new StringBuilder();
        for (String key : groupingKeys) {
            label.append(switch (key) {
                case "machine_type" -> r.machineType();
                case "job_args" -> r.jobArgs();
                case "data_size_MB" -> Double.toString(r.dataSizeMB());
                case "data_characteristics" -> r.dataCharacteristics();
                case "environment" -> r.environment();
                case "job_type" -> r.jobType();
                case "instance_count" -> Integer.toString(r.instanceCount());
                case "algorithm" -> r.algorithm();
                default -> throw new IllegalArgumentException("unknown grouping key '" + key
                        + "' (expected a run-record property such as machine_type)");
            }).append('\u001f');
        }
        return label.toString();
    }
}
