package nnrep.reports.render;

/**
 * Escaping of text for GitHub-flavoured Markdown. Only what would otherwise change the rendering is
 * escaped, so that report.md stays readable in a terminal: "delta_jk" and "[0, 1]" are left alone,
 * while "z1*z2", "|_F", "x](y)", "&lt;b", "$" and a "#", "&gt;" or "-" starting a line are escaped.
 */
public final class Markdown {

    private Markdown() {
    }

    /**
     * {@return the text escaped for running text (a paragraph, a list item, a block quote); line breaks
     * become spaces}
     *
     * @param text any text
     */
    public static String escape(String text) {
        return escape(text, "", true);
    }

    /**
     * {@return the text escaped for a table cell: as {@link #escape}, and every "|" escaped too}
     *
     * @param text any text
     */
    public static String cell(String text) {
        return escape(text, "|", false);
    }

    /**
     * {@return the text escaped for the text of a link or an image: as {@link #escape}, and every bracket
     * escaped too}
     *
     * @param text any text
     */
    public static String linkText(String text) {
        return escape(text, "[]", false);
    }

    /**
     * The text escaped as {@link #escape} does, and the characters of {@code always} wherever they
     * are; what would start a block (a heading, a quote, a list) is escaped only if {@code lineStart}.
     */
    private static String escape(String text, String always, boolean lineStart) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
                continue;
            }
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (always.indexOf(c) >= 0 || special(c, before, after, lineStart && i == 0)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * {@return the text as inline code, with a fence longer than any run of backticks inside it}
     *
     * @param text any text
     */
    public static String code(String text) {
        String fence = "`";
        while (text.contains(fence)) {
            fence += "`";
        }
        String padded = text.startsWith("`") || text.endsWith("`") ? " " + text + " " : text;
        return fence + padded.replaceAll("[\\r\\n]+", " ") + fence;
    }

    /** Whether character c, between before and after, would be read as Markdown syntax. */
    private static boolean special(char c, char before, char after, boolean first) {
        return switch (c) {
            case '\\', '`', '*', '$' -> true;
            case '_' -> !(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after));
            case ']' -> after == '(' || after == '[' || after == ':';
            case '<' -> Character.isLetter(after) || after == '/' || after == '!' || after == '?';
            case '~' -> !Character.isWhitespace(after);
            case '#', '>', '+', '-', '=' -> first;
            default -> false;
        };
    }
}
