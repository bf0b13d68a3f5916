package nnrep.reports.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A table of plain-text cells, built from report values and laid out by the HTML and Markdown writers. */
public record TextTable(List<String> columns, List<List<String>> rows) {

    /**
     * Copies the lists, so that the table does not change with what it was made from.
     *
     * @param columns the column headings
     * @param rows    the rows, each a cell per column
     */
    public TextTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * {@return a table of two columns: each entry's name and its value ({@link Values#text})}
     *
     * @param nameColumn  the heading of the names
     * @param valueColumn the heading of the values
     * @param entries     the entries, in the order of the rows
     */
    public static TextTable entries(String nameColumn, String valueColumn, Map<String, ?> entries) {
        List<List<String>> rows = new ArrayList<>();
        entries.forEach((name, value) -> rows.add(List.of(name, Values.text(value))));
        return new TextTable(List.of(nameColumn, valueColumn), rows);
    }

    /**
     * {@return the table of a table value: the union of the maps' keys as columns, a row per map}
     *
     * @param maps a table value, a list of maps (see {@link Values#isTable})
     */
    public static TextTable of(List<?> maps) {
        Set<String> columns = new LinkedHashSet<>();
        maps.forEach(row -> ((Map<?, ?>) row).keySet().forEach(k -> columns.add(String.valueOf(k))));
        List<List<String>> rows = new ArrayList<>();
        for (Object row : maps) {
            Map<?, ?> cells = (Map<?, ?>) row;
            rows.add(columns.stream().map(c -> cells.containsKey(c) ? Values.text(cells.get(c)) : "").toList());
        }
        return new TextTable(new ArrayList<>(columns), rows);
    }
}
