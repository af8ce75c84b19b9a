package io.github.subcov.bench;

import java.util.ArrayList;
import java.util.List;

/** The table of one JDK's run: metric | plain | JaCoCo | subcov | ratio | target | met?. */
public final class ResultTable {

    static final String[] HEADER = {"metric", "plain", "JaCoCo", "subcov", "ratio", "target", "met?"};
    public static final String NONE = "—";

    /** One line of the table; {@code met} is null for a line without a target. */
    public static final class Row {
        final String[] cells;

        private Row(String[] cells) {
            this.cells = cells;
        }
    }

    private final List<Row> rows = new ArrayList<Row>();

    public void add(String metric, String plain, String jacoco, String subcov, String ratio, String target,
            Boolean met) {
        rows.add(new Row(new String[] {metric, plain, jacoco, subcov, ratio, target,
            met == null ? NONE : met ? "yes" : "**no**"}));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** A markdown table, padded so it also reads well as plain text. */
    public String markdown() {
        int[] widths = new int[HEADER.length];
        for (int column = 0; column < HEADER.length; column++) {
            widths[column] = HEADER[column].length();
            for (Row row : rows) {
                widths[column] = Math.max(widths[column], row.cells[column].length());
            }
        }
        StringBuilder table = new StringBuilder();
        line(table, HEADER, widths);
        String[] rule = new String[HEADER.length];
        for (int column = 0; column < HEADER.length; column++) {
            rule[column] = "-".repeat(widths[column]);
        }
        line(table, rule, widths);
        for (Row row : rows) {
            line(table, row.cells, widths);
        }
        return table.toString();
    }

    private static void line(StringBuilder table, String[] cells, int[] widths) {
        table.append('|');
        for (int column = 0; column < cells.length; column++) {
            table.append(' ').append(cells[column]).append(" ".repeat(widths[column] - cells[column].length()))
                    .append(" |");
        }
        table.append('\n');
    }
}
