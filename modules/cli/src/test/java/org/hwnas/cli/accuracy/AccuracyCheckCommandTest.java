package org.hwnas.cli.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.hwnas.cli.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AccuracyCheckCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = new CommandLine(new org.hwnas.cli.HwnasCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void zeroCostBaselinesAsJson() throws Exception {
        Run r = run("accuracy-check", "--estimator", "zero-cost", "--sample", "50", "--metric", "none/params@0",
                "--metric", "none/flops@0", "--json", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("schema").asText()).isEqualTo("hwnas.accuracy-check/1");
        assertThat(j.get("reference").asText()).isEqualTo("cifar10/test@200");
        assertThat(j.get("metrics")).hasSize(2);
        assertThat(j.get("metrics").get(0).get("metric").asText()).isEqualTo("none/params@0");
        assertThat(j.get("metrics").get(0).get("n").asInt()).isEqualTo(50);
        assertThat(j.get("metrics").get(0).get("spearman").asDouble()).isBetween(0.3, 1.0);
    }

    @Test
    void tableTextWithProgress() {
        Run r = run("accuracy-check", "--estimator", "nb201-table", "--sample", "5", "--metric", "cifar10/test@200");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("nb201-table vs NAS-Bench-201 cifar10/test@200, 5 random cells (seed 0)")
                .containsPattern("cifar10/test@200\\s+1\\.000\\s+1\\.000\\s+5\\s+0");
        assertThat(r.err()).contains("accuracy-check: 5/5 |");
    }

    @Test
    void badInputGetsOneLine() {
        Run unknown = run("accuracy-check", "--estimator", "oracle", "--sample", "5");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("hwnas accuracy-check: unknown accuracy estimator 'oracle' (valid: ")
                .doesNotContain("Exception").hasLineCount(1);
        Run metric = run("accuracy-check", "--estimator", "zero-cost", "--metric", "cifar10", "--sample", "5");
        assertThat(metric.code()).isEqualTo(1);
        assertThat(metric.err()).isEqualTo("hwnas accuracy-check: metric 'cifar10' must read dataset/split@epochs, e.g. cifar10/test@200\n");
        Run sample = run("accuracy-check", "--estimator", "nb201-table", "--sample", "1");
        assertThat(sample.err()).isEqualTo("hwnas accuracy-check: sample size must be 3..15625, got 1\n");
        assertThat(Main.run("accuracy-check")).isEqualTo(2);
    }
}
