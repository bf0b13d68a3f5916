package nnrep.reports.render;

/**
 * A chart drawn as SVG, in the two forms a report needs.
 *
 * @param title    the plot's title
 * @param element  an {@code <svg>} element scaled by its viewBox, to be put inline in HTML
 * @param document a standalone SVG document with a fixed size, to be written to a file
 */
public record RenderedChart(String title, String element, String document) {
}
