package nnrep.reports.render;

/** Escaping of text for HTML (and XML) element content and attribute values. */
public final class Html {

    private Html() {
    }

    /**
     * {@return the text with {@code & < > " '} replaced by character references, and control characters that
     * XML does not allow replaced by U+FFFD}
     *
     * @param text any text
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
