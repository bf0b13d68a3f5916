package nnrep.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnrep.reports.render.SyntheticReport;
import nnrep.theory.Verdict;

/** What audit and merge publish: pages drawn from report.json as written. */
class ReportOutputTest {

    /**
     * A claim's parameters hold Java arrays (an int[] grid of d, say) when they come straight from a
     * run; the pages must show their values, as they do when drawn from report.json by merge.
     */
    @Test
    void pagesShowTheValuesOfArrayParametersOfARun(@TempDir Path dir) throws IOException {
        Map<String, Object> report = SyntheticReport.of(Verdict.PASS, "network.width");
        @SuppressWarnings("unchecked")
        Map<String, Object> claim = (Map<String, Object>) ((List<Object>) report.get("claims")).get(0);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("dGrid", new int[] {12, 16, 20});
        parameters.put("seeds", new long[] {7L, 8L});
        claim.put("parameters", parameters);
        StringWriter out = new StringWriter();
        int status = ReportOutput.publish(report, dir, new PrintWriter(out, true));
        assertThat(status).isZero();
        for (String page : new String[] {"report.md", "report.html"}) {
            String text = Files.readString(dir.resolve(page));
            assertThat(text).as(page).contains("12, 16, 20").contains("7, 8").doesNotContain("[I@").doesNotContain("[J@");
        }
    }
}
