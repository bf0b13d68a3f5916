package nnrep.reports.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of a report, drawn once and shared by the HTML report (inline) and the Markdown report
 * (as files in {@link #FOLDER}). Chart n (from 1) of claim ID is the file {@code ID-n.svg}.
 */
public final class Figures {

    /** The folder, beside report.md, that holds the chart files. */
    public static final String FOLDER = "figures";

    /** One chart of a claim and the name of its file in {@link #FOLDER}. */
    public record Figure(String fileName, RenderedChart chart) {

        /** {@return the file's path relative to the report's folder} */
        public String path() {
            return FOLDER + "/" + fileName;
        }
    }

    /** The charts of each claim; claims are told apart by identity, as two claims may be equal. */
    private final Map<ClaimModel, List<Figure>> byClaim;
    private final List<Figure> all;

    private Figures(Map<ClaimModel, List<Figure>> byClaim, List<Figure> all) {
        this.byClaim = byClaim;
        this.all = List.copyOf(all);
    }

    /**
     * Draws every plot of every claim of the report.
     *
     * @param report   the report
     * @param renderer what draws each plot
     * @return the charts
     */
    public static Figures of(ReportModel report, ChartRenderer renderer) {
        Map<ClaimModel, List<Figure>> byClaim = new IdentityHashMap<>();
        List<Figure> all = new ArrayList<>();
        UniqueNames bases = new UniqueNames("%s-%d");
        for (ClaimModel claim : report.claims()) {
            String base = bases.next(claim.id().replaceAll("[^A-Za-z0-9_.-]", "_"));
            List<Figure> figures = new ArrayList<>();
            for (PlotModel plot : claim.plots()) {
                String name = base + "-" + (figures.size() + 1);
                figures.add(new Figure(name + ".svg", renderer.render(plot, "fig-" + name)));
            }
            byClaim.put(claim, List.copyOf(figures));
            all.addAll(figures);
        }
        return new Figures(byClaim, all);
    }

    /**
     * {@return the charts of a claim of the report, in the order its evidence declares them}
     *
     * @param claim a claim of the report
     */
    public List<Figure> of(ClaimModel claim) {
        return byClaim.getOrDefault(claim, List.of());
    }

    /** {@return every chart of the report} */
    public List<Figure> all() {
        return all;
    }
}
