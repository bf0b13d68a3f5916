package nnrep.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SvgStyleClassesTest {

    private static final String SVG = "<svg id='c' xmlns='http://www.w3.org/2000/svg'><defs/>"
            + "<line x1='0' y1='0' x2='1' y2='1' style='stroke:rgb(1,2,3)' clip-path='url(#c-clip-0)'/>"
            + "<line x1='1' y1='0' x2='1' y2='1' style='stroke:rgb(1,2,3)' clip-path='url(#c-clip-0)'/>"
            + "<g><text x='1' y='2' style='fill: rgb(0,0,0); font-size: 12px;'>style=&apos;a&apos; &amp; more</text></g>"
            + "</svg>";

    @Test
    void eachDistinctStyleIsDefinedOnceAndElementsReferToIt() {
        String compact = SvgStyleClasses.apply(SVG, "c");
        assertThat(compact).doesNotContain("style='").contains("<text x='1' y='2' class='s1'>style=&apos;a&apos; &amp; more");
        List<Element> lines = XmlPages.select(XmlPages.parse(compact), "//*[local-name()='line']");
        assertThat(lines).extracting(l -> l.getAttribute("class")).containsExactly("s0", "s0");
        String style = XmlPages.select(XmlPages.parse(compact), "//*[local-name()='style']").get(0).getTextContent();
        assertThat(style).isEqualTo("svg[id=\"c\"] .s0{stroke:rgb(1,2,3);clip-path:url(#c-clip-0)}"
                + "svg[id=\"c\"] .s1{fill: rgb(0,0,0); font-size: 12px;}");
    }

    @Test
    void anIdIsEscapedSoThatNeitherCssNorXmlMisreadsIt() {
        String compact = SvgStyleClasses.apply(SVG, "a\"b<c&d.e");
        assertThat(compact).contains("svg[id=\"a\\22 b\\3c c\\26 d.e\"] .s0{");
        assertThat(XmlPages.parse(compact)).isNotNull();
    }
}
