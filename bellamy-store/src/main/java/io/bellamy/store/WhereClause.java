package io.bellamy.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code WHERE} clause on the {@code runs} table with its parameters: algorithm, sources and
 * context-property equalities, each optional.
 *
 * @param sql the clause, {@code ""} when nothing is restricted, else starting with a space
 * @param parameters the values of its {@code ?} placeholders, in order: {@link String} or
 *     {@link Double}
 */
record WhereClause(String sql, List<Object> parameters) {

    WhereClause {
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    /** The clause of a query. */
    static WhereClause of(RunQuery query) {
        return of(query.algorithm(), query.sources(), query.filters());
    }

    /**
     * A clause restricting to an algorithm ({@code null}: any), sources ({@code null} or empty:
     * any) and property values.
     */
    static WhereClause of(String algorithm, Set<String> sources,
            Map<ContextProperty, Object> filters) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (algorithm != null) {
            conditions.add("algorithm = ?");
            parameters.add(algorithm);
        }
        if (sources != null && !sources.isEmpty()) {
            conditions.add("source IN (" + placeholders(sources.size()) + ")");
            parameters.addAll(sources);
        }
        filters.forEach((property, value) -> {
            conditions.add(property.column() + " = ?");
            parameters.add(value);
        });
        String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new WhereClause(sql, parameters);
    }

    /** {@code n} comma-separated {@code ?}. */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** Binds the parameters to a statement, starting at index 1. */
    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Double d) {
                statement.setDouble(i + 1, d);
            } else {
                statement.setString(i + 1, (String) value);
            }
        }
    }
}
