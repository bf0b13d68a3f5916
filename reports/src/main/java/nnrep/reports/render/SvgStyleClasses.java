package nnrep.reports.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes each distinct style of a JFreeSVG chart once. JFreeSVG puts the whole style of an element
 * (stroke, colour, font, and the clip path) on every line, text and path it writes, which is most
 * of the bytes of a chart: the gridlines alone repeat the same 250 characters each. Here each
 * distinct pair of {@code style} and {@code clip-path} attributes becomes a class, defined once in
 * a {@code <style>} element at the start of the chart; the rules are scoped by the chart's id, so
 * that charts put inline in one page keep their classes apart.
 */
final class SvgStyleClasses {

    /** JFreeSVG's attributes: single-quoted, and text content never holds a raw quote (it is escaped). */
    private static final Pattern STYLE = Pattern.compile("style='([^']*)'(?: clip-path='(url\\(#[^)']*\\))')?");

    private SvgStyleClasses() {
    }

    /**
     * The chart with its styles moved into classes.
     *
     * @param svg an {@code <svg>} element written by JFreeSVG
     * @param id  the element's id
     * @return the same drawing, with a {@code <style>} element and {@code class} attributes
     */
    static String apply(String svg, String id) {
        Map<String, String> classes = new LinkedHashMap<>();
        Matcher m = STYLE.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (m.find()) {
            String declarations = m.group(1).strip();
            if (m.group(2) != null) {
                declarations += (declarations.endsWith(";") || declarations.isEmpty() ? "" : ";") + "clip-path:"
                        + m.group(2);
            }
            String name = classes.computeIfAbsent(declarations, d -> "s" + classes.size());
            m.appendReplacement(out, "class='" + name + "'");
        }
        m.appendTail(out);
        StringBuilder style = new StringBuilder("<style>");
        String scope = "svg[id=\"" + cssString(id) + "\"] .";
        classes.forEach((declarations, name) -> style.append(scope).append(name).append('{').append(declarations)
                .append('}'));
        style.append("</style>");
        int content = out.indexOf(">", out.indexOf("<svg")) + 1;
        return out.insert(content, style).toString();
    }

    /**
     * The text for a double-quoted CSS string: characters other than letters, digits, '_', '.' and
     * '-' as CSS escapes ("\\3c "), so that neither CSS nor the XML around it can misread it.
     */
    private static String cssString(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '.' || c == '-') {
                out.appendCodePoint(c);
            } else {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return out.toString();
    }
}
