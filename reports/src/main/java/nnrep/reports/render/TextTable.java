package nnrep.reports.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A table of plain-text cells, built from report values and laid out by the HTML and Markdown writers. */
public record TextTable(List<String> columns, List<List<String>> rows) {

    public TextTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Two columns: each entry's name and its value ({@link Values#text}). */
    public static TextTable entries(String nameColumn, String valueColumn, Map<String, ?> entries) {
        List<List<String>> rows = new ArrayList<>();
        entries.forEach((name, value) -> rows.add(List.of(name, Values.text(value))));
        return new TextTable(List.of(nameColumn, valueColumn), rows);
    }

    /** A table value (a list of maps, see {@link Values#isTable}): the union of the maps' keys as columns. */
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
