package org.gwrkg.table;

import java.util.List;

/**
 * A tidy table: named columns and rows of plain strings (empty where a value is missing), ready to
 * be written as CSV or TSV for pandas or R.
 *
 * @param columns the column names, in order
 * @param rows    the rows, each as long as {@code columns}
 */
public record Table(List<String> columns, List<List<String>> rows) {

    /** A table; every row must have one cell per column. */
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows.stream().map(List::copyOf).toList());
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of "
                        + columns.size() + " columns");
            }
        }
    }

    /** The cell of {@code column} in row {@code row}. */
    public String cell(int row, String column) {
        int c = columns.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        return rows.get(row).get(c);
    }
}
