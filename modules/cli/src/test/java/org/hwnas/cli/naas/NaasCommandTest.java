package org.hwnas.cli.naas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hwnas.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NaasCommandTest {
    static final String TINY = """
            {"format": "network/1", "name": "tiny", "input": {"name": "image", "shape": [1, 16, 28, 28]},
             "layers": [
               {"name": "c1", "kind": "conv2d", "out_channels": 32, "kernel": 3, "stride": 1, "padding": 1},
               {"name": "r1", "kind": "relu"},
               {"name": "c2", "kind": "conv2d", "out_channels": 64, "kernel": 1, "stride": 1, "padding": 0}
             ]}
            """;

    @TempDir
    Path tmp;

    static final String[] SMALL = {"--hw-evals", "6", "--inner-evals", "300", "--final-evals", "2000", "--quiet"};

    private String[] args(String... head) {
        return Stream.concat(Stream.of(head), Stream.of(SMALL)).toArray(String[]::new);
    }

    @Test
    void coSearchPrintsTheBaselinesAndWritesADesignThatValidates() throws Exception {
        Path net = tmp.resolve("tiny.hwnet.json");
        Files.writeString(net, TINY);
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run(args("naas", "--net", net.toString(), "--out", out.toString()));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("eyeriss-like (own best mappings)"), r.out());
        assertTrue(r.out().contains("sizing only"), r.out());
        assertTrue(r.out().contains("EDP ratio: base / naas = "), r.out());
        List<Path> accels;
        try (Stream<Path> s = Files.list(out)) {
            accels = s.filter(p -> p.toString().endsWith(".hwacc.json")).toList();
        }
        assertEquals(1, accels.size());
        try (Stream<Path> s = Files.list(out.resolve("mappings"))) {
            assertEquals(2, s.count(), "one mapping per distinct layer shape");
        }
        CliRunner v = CliRunner.run("validate", accels.get(0).toString());
        assertEquals(0, v.exitCode(), v.out() + v.err());
        // same seed, same printed results
        CliRunner again = CliRunner.run(args("naas", "--net", net.toString()));
        assertEquals(r.out().lines().filter(l -> l.startsWith("naas ")).toList(),
                again.out().lines().filter(l -> l.startsWith("naas ")).toList());
    }

    @Test
    void benchPrintsOneRowPerNetworkWithTheRatios() throws Exception {
        Path net = tmp.resolve("tiny.hwnet.json");
        Files.writeString(net, TINY);
        CliRunner r = CliRunner.run(args("naas-bench", "--nets", net + "," + net));
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.startsWith("tiny ")).toList();
        assertEquals(2, rows.size(), r.out());
        assertEquals(rows.get(0).replaceAll("\\s+\\d+$", ""), rows.get(1).replaceAll("\\s+\\d+$", ""), "deterministic (seconds aside)");
        assertTrue(r.out().contains("base/naas"), r.out());
    }

    @Test
    void networkSearchReportsTheReferenceAndTheCoSearchedPair() throws Exception {
        Path out = tmp.resolve("net");
        CliRunner r = CliRunner.run("naas", "--search-network", "--hw-evals", "3", "--inner-evals", "200", "--final-evals", "300",
                "--children", "2", "--quiet", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("accuracy: mbv2-macs-proxy (a MACs-based stand-in"), r.out());
        assertTrue(r.out().contains("reference    w1.0|k3e6,k3e6|"), r.out());
        assertTrue(r.out().contains("EDP ratio reference / co-searched = "), r.out());
        assertTrue(Files.exists(out.resolve("naas-network.hwnet.json")));
        CliRunner both = CliRunner.run("naas", "--search-network", "--net", "vgg16");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("--net and --search-network exclude each other"), both.err());
    }

    @Test
    void badInputGivesOneClearLine() throws Exception {
        CliRunner r = CliRunner.run(args("naas", "--net", "alexnet2"));
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("unknown bundled network 'alexnet2' (valid: resnet50, mobilenetv2, vgg16"), r.err());

        r = CliRunner.run("naas", "--net", "vgg16", "--hw-evals", "0");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("--hw-evals: must be 1..100000, got 0"), r.err());

        r = CliRunner.run("naas", "--net", "vgg16", "--inner", "annealing");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--inner: 'annealing' is not one of mapper, cmaes"), r.err());

        Path missing = tmp.resolve("missing.hwnet.json");
        r = CliRunner.run(args("naas", "--net", missing.toString()));
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("missing.hwnet.json"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());

        r = CliRunner.run(args("naas", "--net", "vgg16", "--base", "../../examples/accelerators/zc706-fpga.hwacc.json"));
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("zc706-fpga.hwacc.json: base design 'zc706-fpga' must be a spatial design with a 2-axis PE array"),
                r.err());
        assertEquals(1, r.err().lines().count(), r.err());

        Path badBase = tmp.resolve("bad.hwacc.json");
        Files.writeString(badBase, "{\"format\": \"accelerator/1\", \"name\": \"x\"}");
        r = CliRunner.run(args("naas", "--net", "vgg16", "--base", badBase.toString()));
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("bad.hwacc.json"), r.err());
    }
}
