package org.hwnas.methods.spaceprofile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.latency.adaptive.LayerAdaptiveTable;
import org.hwnas.latency.measured.ProfileOptions;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.DocumentWriter;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpaceProfileTest {
    static final Nb201Op C3 = Nb201Op.NOR_CONV_3X3;
    static final Nb201Op C1 = Nb201Op.NOR_CONV_1X1;

    /** Two families, hand-made numbers: latency = base + 0.1 * (edge + 1) * (op ordinal - typical ordinal). */
    static List<Ssbn> synthetic() {
        List<Ssbn> out = new ArrayList<>();
        for (Nb201Op typical : List.of(C3, C1)) {
            double base = typical == C3 ? 10 : 5;
            double acc = typical == C3 ? 93 : 89;
            out.add(new Ssbn(typical.token(), typical, -1, typical, acc, base));
            for (int e = 0; e < 6; e++) {
                for (Nb201Op op : Nb201Op.values()) {
                    if (op != typical) {
                        out.add(new Ssbn(typical.token(), typical, e, op, acc - 0.5 * e,
                                base + 0.1 * (e + 1) * (op.ordinal() - typical.ordinal())));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void costIsTheProfilingFormula() {
        // exp(-(0.93 - 0.92) / 1) + 0.5 * (-1 / 10)
        assertEquals(Math.exp(-0.01) - 0.05, SpaceSelection.cost(93, 10, 0.92, 1.0, 0.5), 1e-12);
        assertEquals(Math.exp(-(0.80 - 0.80) / 2) + 0.01 * (-1 / 4.0), SpaceSelection.cost(80, 4, 0.80, 2, 0.01), 1e-12);
    }

    @Test
    void firstFamilyToCollectKWinsAndEdgesKeepTheirCollectedOps() {
        // accuracy dominates (lambda 0): conv3x3 SSBNs of edges 0 and 1 (acc 93, 92.5) come first;
        // K = 9 = the base + 4 ops on edge 0 + 4 ops on edge 1
        SpaceSelection.Result r = SpaceSelection.select(synthetic(), 0.92, 1.0, 0.0, 9);
        assertEquals("nor_conv_3x3", r.family());
        assertEquals(9, r.chosen().size());
        assertEquals(List.of(C3, Nb201Op.NONE, Nb201Op.SKIP_CONNECT, C1, Nb201Op.AVG_POOL_3X3), r.edgeOps().get(0));
        assertEquals(5, r.edgeOps().get(1).size());
        for (int e = 2; e < 6; e++) {
            assertEquals(List.of(C3), r.edgeOps().get(e), "edges without a collected SSBN keep the typical op");
        }
        for (int i = 1; i < r.ranked().size(); i++) {
            assertTrue(r.ranked().get(i - 1).cost() <= r.ranked().get(i).cost());
        }
        // latency dominates (large lambda): the 5 ms family wins
        assertEquals("nor_conv_1x1", SpaceSelection.select(synthetic(), 0.92, 1.0, 100, 9).family());
        assertEquals(BigInteger.valueOf(25), new LayerwiseSpace(r.edgeOps()).size(), "5 x 5 x 1 x 1 x 1 x 1");
    }

    @Test
    void correctedLutReproducesEverySingleSubstitution() {
        List<Ssbn> ssbns = synthetic();
        double[] shares = {1.0, 1.5, 0.5, 2.0, 1.0, 1.0};
        LayerAdaptiveTable t = SpaceProfiler.table(ssbns, C3, 10, shares, 3.0);
        for (Ssbn s : ssbns) {
            if (s.typical() == C3) {
                assertEquals(s.latencyMs(), t.estimateMs(s.cell()), 1e-9, s.cell().text());
            }
        }
        // lat[i][j] = share_i + (SSBN(i, j) - base): edge 3, avg_pool (ordinal 4, conv3x3 3): 2.0 + 0.4 * 1
        assertEquals(2.4, t.layerMs(3, Nb201Op.AVG_POOL_3X3), 1e-12);
    }

    @Test
    void layerNamesMapToEdges() {
        assertEquals(0, SpaceProfiler.edgeOf("cells.0.edge1_0.conv"));
        assertEquals(5, SpaceProfiler.edgeOf("cells.14.edge3_2.bn"));
        assertEquals(2, SpaceProfiler.edgeOf("cells.3.edge2_1.relu"));
        assertEquals(-1, SpaceProfiler.edgeOf("stem.conv"));
    }

    @Test
    void tunedStudyIsReadBackAndSearchable(@TempDir Path dir) throws Exception {
        List<List<Nb201Op>> edgeOps = List.of(List.of(C3, Nb201Op.SKIP_CONNECT), List.of(C3), List.of(C3, C1, Nb201Op.NONE),
                List.of(C3), List.of(C1), List.of(C3, Nb201Op.AVG_POOL_3X3));
        Path f = dir.resolve("tuned.hwsearch.json");
        LayerAdaptiveTable table = SpaceProfiler.table(synthetic(), C3, 10, new double[] {1, 1, 1, 1, 1, 1}, 4);
        TunedSpaceWriter.writeText(TunedSpaceWriter.lutCsv(table, edgeOps, "t"), dir.resolve("tuned.lut.csv"));
        DocumentWriter.write(TunedSpaceWriter.study("tuned", "test", edgeOps, "cifar10/test@200", 30, "tuned.lut.csv"), f);
        Study s = StudyReader.read(f);
        LayerwiseSpace space = (LayerwiseSpace) s.space();
        assertEquals(edgeOps, space.edgeOps());
        assertEquals(BigInteger.valueOf(12), space.size());
        assertEquals("rea", s.engine().id());
        Random rng = new Random(2);
        for (int i = 0; i < 20; i++) {
            Nb201Cell c = (Nb201Cell) space.sample(rng);
            for (int e = 0; e < 6; e++) {
                assertTrue(edgeOps.get(e).contains(c.op(e)));
            }
            assertEquals(c, space.parse(c.text()));
            assertEquals(c, space.decode(space.encode(c)));
        }
        String lut = Files.readString(dir.resolve("tuned.lut.csv"));
        assertEquals(2 + 1 + 1 + 30, lut.split("\n").length);
        assertTrue(lut.contains("0,0,1,skip_connect,"));
        // the study's latency is the written LUT: equal to the table for every cell (6-digit CSV)
        Nb201Cell c = (Nb201Cell) space.sample(rng);
        assertEquals(table.estimateMs(c), s.measures().get(1).evaluate(c), 1e-5);
        assertEquals(table.estimateMs(c), CorrectedLut.read(dir.resolve("tuned.lut.csv")).estimateMs(c), 1e-5);
    }

    @Test
    void badEdgeListsAreLocatedErrors(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.hwsearch.json");
        Files.writeString(f, """
                {"format": "search/1", "space": {"id": "nb201-layerwise", "edge_ops": [["nor_conv_3x3"], ["conv9"], [], ["none"], ["none"], ["none", "none"]]},
                 "objectives": [{"name": "acc", "goal": "maximize", "estimator": "nb201-table"}],
                 "engine": {"id": "rea"}, "budget": {"trials": 4}}
                """);
        String msg = assertThrows(DocumentException.class, () -> StudyReader.read(f)).getMessage();
        assertTrue(msg.contains("space.edge_ops[1][0]") && msg.contains("conv9"), msg);
        assertTrue(msg.contains("space.edge_ops[2]") && msg.contains("at least one op"), msg);
        assertTrue(msg.contains("space.edge_ops[5][1]") && msg.contains("twice"), msg);
        Files.writeString(f, f.toFile().exists() ? Files.readString(f).replace("[[\"nor_conv_3x3\"], [\"conv9\"], [], ", "[") : "");
        assertTrue(assertThrows(DocumentException.class, () -> StudyReader.read(f)).getMessage().contains("6 op lists"));
    }

    @Test
    void aMissingOrBrokenLutIsALocatedError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.hwsearch.json");
        Files.writeString(dir.resolve("bad.lut.csv"), "edge,from,to,op,ms,ssbn_ms,allowed\n-1,,,rest,1.0,1.0,true\n0,0,1,conv9,1.0,1.0,true\n");
        for (String lut : List.of("nope.lut.csv", "bad.lut.csv")) {
            Files.writeString(f, """
                    {"format": "search/1", "space": {"id": "nb201"},
                     "objectives": [{"name": "lat", "goal": "minimize", "measure": "corrected-lut", "lut": "%s"}],
                     "engine": {"id": "rea"}, "budget": {"trials": 4}}
                    """.formatted(lut));
            String msg = assertThrows(DocumentException.class, () -> StudyReader.read(f)).getMessage();
            assertTrue(msg.contains("objectives[0].lut") && msg.contains(lut), msg);
            assertTrue(lut.startsWith("nope") || msg.contains("bad.lut.csv:3: unknown NB201 op 'conv9'"), msg);
        }
    }

    @Test
    void profilesRealNetworksOnThisCpu() {
        SpaceProfiler.Options o = new SpaceProfiler.Options(List.of(C1), 1, 4, SpaceProfiler.DEFAULT_METRIC,
                new ProfileOptions(1, 2, false, "cpu", 1), true);
        SpaceProfiler.Measurements m = SpaceProfiler.measure(o);
        assertEquals(25, m.ssbns().size());
        assertTrue(m.ssbns().stream().allMatch(s -> s.latencyMs() > 0 && s.accuracy() > 0));
        assertEquals(89.37, m.ssbns().get(0).accuracy(), 0.01, "all-conv1x1 cell, NB201 CIFAR-10 test accuracy");
        LayerAdaptiveTable t = SpaceProfiler.correctedLut(m.ssbns(), C1, o);
        for (Ssbn s : m.ssbns()) {
            assertEquals(s.latencyMs(), t.estimateMs(s.cell()), 1e-9);
        }
    }
}
