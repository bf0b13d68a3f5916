package nnrep.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void onlyWhatWouldBeMarkupIsEscaped() {
        assertThat(Markdown.escape("E[He_j He_k] = k! delta_jk on [0, 1]")).isEqualTo("E[He_j He_k] = k! delta_jk on [0, 1]");
        assertThat(Markdown.escape("z1*z2 costs $5")).isEqualTo("z1\\*z2 costs \\$5");
        assertThat(Markdown.escape("||W1 P_U||_F^2")).isEqualTo("||W1 P_U||\\_F^2");
        assertThat(Markdown.escape("[a](b) <b>x</b> a <= b")).isEqualTo("[a\\](b) \\<b>x\\</b> a <= b");
        assertThat(Markdown.escape("# not a heading\nline")).isEqualTo("\\# not a heading line");
        assertThat(Markdown.cell("|x|")).isEqualTo("\\|x\\|");
        assertThat(Markdown.cell("-0.5")).isEqualTo("-0.5");
        assertThat(Markdown.escape("-0.5")).isEqualTo("\\-0.5");
        assertThat(Markdown.linkText("E[f]")).isEqualTo("E\\[f\\]");
    }

    @Test
    void codeSpansOutlastTheBackticksInside() {
        assertThat(Markdown.code("a.b")).isEqualTo("`a.b`");
        assertThat(Markdown.code("a`b")).isEqualTo("``a`b``");
    }
}
