package io.bellamy.store;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** How a {@link RunRecord} maps to the columns of the {@code runs} table. */
final class RunRows {

    /** The context columns, in {@link ContextKey} order after the algorithm. */
    static final String CONTEXT_COLUMNS = "algorithm, machine_type, job_args, data_size_mb, "
            + "data_characteristics, environment, job_type";
    /** The record columns, in the order {@link #bind} and {@link #read} use. */
    static final String RECORD_COLUMNS = "algorithm, instance_count, gross_runtime, machine_type, "
            + "job_args, data_size_mb, data_characteristics, environment, job_type, memory, slots";
    /** The number of {@link #RECORD_COLUMNS}. */
    static final int RECORD_COLUMN_COUNT = 11;

    private RunRows() {
    }

    /** Binds a record to parameters {@code first .. first + 10} in {@link #RECORD_COLUMNS} order. */
    static void bind(PreparedStatement statement, int first, RunRecord r) throws SQLException {
        int i = first;
        statement.setString(i++, r.algorithm());
        statement.setInt(i++, r.instanceCount());
        statement.setDouble(i++, r.grossRuntime());
        statement.setString(i++, r.machineType());
        statement.setString(i++, r.jobArgs());
        statement.setDouble(i++, r.dataSizeMB());
        statement.setString(i++, r.dataCharacteristics());
        statement.setString(i++, r.environment());
        statement.setString(i++, r.jobType());
        setOptional(statement, i++, r.memory());
        setOptional(statement, i, r.slots());
    }

    /** Reads a record from columns {@code first .. first + 10} in {@link #RECORD_COLUMNS} order. */
    static RunRecord read(ResultSet rows, int first) throws SQLException {
        int i = first;
        return new RunRecord(
                rows.getString(i++),
                rows.getInt(i++),
                rows.getDouble(i++),
                rows.getString(i++),
                rows.getString(i++),
                rows.getDouble(i++),
                rows.getString(i++),
                rows.getString(i++),
                rows.getString(i++),
                getOptional(rows, i++),
                getOptional(rows, i));
    }

    /** Reads a context from columns {@code first .. first + 6} in {@link #CONTEXT_COLUMNS} order. */
    static ContextKey readContext(ResultSet rows, int first) throws SQLException {
        int i = first;
        return new ContextKey(
                rows.getString(i++),
                rows.getString(i++),
                rows.getString(i++),
                rows.getDouble(i++),
                rows.getString(i++),
                rows.getString(i++),
                rows.getString(i));
    }

    private static void setOptional(PreparedStatement statement, int index, Double value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static Double getOptional(ResultSet rows, int index) throws SQLException {
        double value = rows.getDouble(index);
        return rows.wasNull() ? null : value;
    }
}
